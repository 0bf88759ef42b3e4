package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The codes the module's records carry, each with its zh-CN and English label (served by GET /api/core/labels). */
public final class Codes {
    private Codes() {
    }

    /** Review state of a practice teaching site: proposed → approved / rejected; approved → retired. */
    public enum SiteStatus implements Labelled {
        PROPOSED("待审核", "Proposed"), APPROVED("已通过", "Approved"), REJECTED("未通过", "Rejected"),
        RETIRED("已撤销", "Retired");

        private final LocalizedText labels;

        SiteStatus(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    /** A step of a site's review. */
    public enum SiteAction implements Labelled {
        PROPOSE("申报", "Propose"), APPROVE("审核通过", "Approve"), REJECT("退回", "Reject"),
        RESUBMIT("重新申报", "Resubmit"), RETIRE("撤销", "Retire");

        private final LocalizedText labels;

        SiteAction(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    /** Whether a boutique route is shown to members (published) or still being put together. */
    public enum RouteStatus implements Labelled {
        DRAFT("草稿", "Draft"), PUBLISHED("已发布", "Published");

        private final LocalizedText labels;

        RouteStatus(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    /** A training session: planned → held (attendance recorded) → archived; planned → cancelled. */
    public enum SessionStatus implements Labelled {
        PLANNED("计划中", "Planned"), HELD("已举办", "Held"), ARCHIVED("已归档", "Archived"),
        CANCELLED("已取消", "Cancelled");

        private final LocalizedText labels;

        SessionStatus(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }

        /** Whether the session took place (its attendance counts). */
        public boolean held() {
            return this == HELD || this == ARCHIVED;
        }
    }

    public enum SessionAction implements Labelled {
        HOLD("登记举办", "Record as held"), CORRECT("更正考勤", "Correct attendance"), ARCHIVE("归档", "Archive"),
        CANCEL("取消", "Cancel");

        private final LocalizedText labels;

        SessionAction(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    /** A roster member's attendance at a held session. */
    public enum AttendanceStatus implements Labelled {
        PRESENT("出席", "Present"), EXCUSED("请假", "Excused"), ABSENT("缺席", "Absent");

        private final LocalizedText labels;

        AttendanceStatus(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    /** Where study hours come from. */
    public enum CreditSource implements Labelled {
        SESSION("集中培训", "Training session"), SELF_STUDY("自学", "Self-study");

        private final LocalizedText labels;

        CreditSource(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }

    /** Self-study waits for the secretary's approval; session hours are approved when attendance is recorded. */
    public enum CreditStatus implements Labelled {
        PENDING("待审核", "Pending"), APPROVED("已认定", "Approved"), REJECTED("未认定", "Rejected");

        private final LocalizedText labels;

        CreditStatus(String zhCN, String en) {
            labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }
}
