package org.grassroots.affairs.internal;

import java.util.EnumSet;
import java.util.Set;

import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The codes users see in this module, each with its Chinese and English label (served by GET /api/core/labels). */
public final class Codes {
    private Codes() {
    }

    /** 三会一课 and the other meetings of organizational life. */
    public enum MeetingType implements Labelled {
        BRANCH_GENERAL("支部党员大会", "Branch general meeting"), COMMITTEE("支委会", "Branch committee meeting"),
        GROUP("党小组会", "Party group meeting"), LECTURE("党课", "Party lecture"),
        LIFE_MEETING("组织生活会", "Organizational life meeting"), THEME_DAY("主题党日", "Theme Party day"),
        DEMOCRATIC_LIFE("民主生活会", "Democratic life meeting");

        private final LocalizedText labels;

        MeetingType(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }

        /** Only a branch general meeting has a quorum: more than half of the full members entitled to vote. */
        boolean needsQuorum() {
            return this == BRANCH_GENERAL;
        }
    }

    /**
     * Where a meeting stands: planned → held (attendance recorded) → minutes submitted → approved by the level above
     * (or returned with a reason and submitted again) → archived; a planned meeting may be cancelled.
     */
    public enum MeetingStatus implements Labelled {
        PLANNED("已计划", "Planned"), HELD("已召开", "Held"), SUBMITTED("纪要待审", "Minutes submitted"),
        RETURNED("已退回", "Returned"), APPROVED("已审核", "Approved"), ARCHIVED("已归档", "Archived"),
        CANCELLED("已取消", "Cancelled");

        private final LocalizedText labels;

        MeetingStatus(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }

        /** The meeting took place (it can count towards compliance). */
        boolean held() {
            return this != PLANNED && this != CANCELLED;
        }

        static final Set<MeetingStatus> HELD_STATES = EnumSet.of(HELD, SUBMITTED, RETURNED, APPROVED, ARCHIVED);
    }

    public enum MeetingAction implements Labelled {
        HOLD("记录召开", "Record as held"), SUBMIT("提交纪要", "Submit minutes"), APPROVE("审核通过", "Approve"),
        RETURN("退回", "Return"), ARCHIVE("归档", "Archive"), CANCEL("取消", "Cancel");

        private final LocalizedText labels;

        MeetingAction(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    /** How often a meeting type is required; NONE: not required. */
    public enum Period implements Labelled {
        MONTH("每月", "Monthly", 12), QUARTER("每季度", "Quarterly", 4), YEAR("每年", "Yearly", 1),
        NONE("不作要求", "Not required", 0);

        private final LocalizedText labels;
        private final int perYear;

        Period(String zhCN, String en, int perYear) {
            labels = LocalizedText.of(zhCN, en);
            this.perYear = perYear;
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }

        int perYear() {
            return perYear;
        }

        /** The period (1-based) a month (1–12) falls in. */
        int of(int month) {
            return switch (this) {
                case MONTH -> month;
                case QUARTER -> (month - 1) / 3 + 1;
                case YEAR -> 1;
                case NONE -> 0;
            };
        }

        /** The last month of period {@code index}. */
        int lastMonth(int index) {
            return switch (this) {
                case MONTH -> index;
                case QUARTER -> index * 3;
                default -> 12;
            };
        }
    }

    /** 民主评议党员: the four ratings. */
    public enum Rating implements Labelled {
        EXCELLENT("优秀", "Excellent"), QUALIFIED("合格", "Qualified"), BASICALLY_QUALIFIED("基本合格", "Basically qualified"),
        UNQUALIFIED("不合格", "Unqualified");

        private final LocalizedText labels;

        Rating(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    /** A democratic evaluation campaign: opened → ratings entered → closed. */
    public enum CampaignStatus implements Labelled {
        OPEN("评议中", "Open"), CLOSED("已结束", "Closed");

        private final LocalizedText labels;

        CampaignStatus(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    /** The two full-time party-affairs teams: 党建指导员 (instructors) and 党建专员 (specialists). */
    public enum WorkerRole implements Labelled {
        INSTRUCTOR("党建指导员", "Party-building instructor"), SPECIALIST("党建专员", "Party-building specialist");

        private final LocalizedText labels;

        WorkerRole(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    /** Party-organization types that hold the branch meetings (三会一课, 主题党日). */
    static final Set<PartyOrgType> BRANCHES = EnumSet.of(PartyOrgType.BRANCH, PartyOrgType.JOINT_BRANCH,
            PartyOrgType.GENERAL_BRANCH);
    /** Leadership bodies that hold 民主生活会. */
    static final Set<PartyOrgType> LEADERSHIP = EnumSet.of(PartyOrgType.COMMITTEE, PartyOrgType.WORKING_COMMITTEE);
}
