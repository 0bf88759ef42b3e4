package org.grassroots.affairs.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.grassroots.core.api.PartyOrgType;

/**
 * What one organization did in the demo year, decided by a random stream seeded from the organization's code (so
 * the data is the same at every start and does not depend on load order): every meeting its default rules require,
 * a few missed (about 1 in 100) or without a quorum, the 组织生活会 skipped by about 1 organization in 50, and the
 * democratic evaluation of every member (about 1 in 100 excused, having joined or left during the year).
 */
final class DemoPlan {
    static final int YEAR = 2024;
    static final String ACTOR = "demo-data";

    private DemoPlan() {
    }

    /** A meeting to write; {@code absentees} are members absent with a reason (present members are not listed). */
    record DemoMeeting(MeetingType type, String title, String topics, LocalDate plannedOn, LocalDate heldOn,
                       MeetingStatus status, int entitled, int present, boolean counted, boolean bySecretary,
                       List<Long> absentees, List<String> reasons) {
    }

    /** A member's line in the organization's campaign: a rating or an excuse. */
    record DemoRating(long memberId, Rating rating, String followUp, String excused) {
    }

    static Random random(String orgCode) {
        return new Random(YEAR * 1_000_003L + orgCode.hashCode());
    }

    static List<DemoMeeting> meetings(PartyOrgType orgType, List<Long> members, List<Long> fullMembers, Random random) {
        List<DemoMeeting> result = new ArrayList<>();
        for (MeetingType type : MeetingType.values()) {
            Period period = ComplianceRules.defaultPeriod(type, orgType);
            for (int index = 1; index <= period.perYear(); index++) {
                if (type == MeetingType.LIFE_MEETING ? random.nextInt(50) == 0 : random.nextInt(100) == 0) {
                    continue; // not held this period
                }
                int last = period.lastMonth(index);
                int month = period == Period.MONTH ? index : last - random.nextInt(period == Period.QUARTER ? 3 : 2);
                LocalDate day = workday(LocalDate.of(YEAR, month, 3 + random.nextInt(24)));
                boolean secretaryLecture = type == MeetingType.LECTURE && index == 4;
                result.add(meeting(type, index, day, members, fullMembers, secretaryLecture, random));
            }
        }
        return result;
    }

    private static DemoMeeting meeting(MeetingType type, int index, LocalDate day, List<Long> members, List<Long> full,
                                       boolean secretaryLecture, Random random) {
        List<Long> pool = type.needsQuorum() ? full : members;
        int entitled = pool.size();
        List<Long> absentees = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int absent = entitled <= 3 ? 0 : random.nextInt(100) < 70 ? 0 : 1 + random.nextInt(Math.min(3, entitled / 3));
        if (type.needsQuorum() && entitled > 3 && random.nextInt(100) == 0) {
            absent = entitled - entitled / 2; // no quorum: recorded, does not count
        }
        for (int i = 0; i < absent; i++) {
            absentees.add(pool.get((i + index) % entitled));
            reasons.add(REASONS.get(random.nextInt(REASONS.size())));
        }
        absentees = absentees.stream().distinct().toList();
        reasons = reasons.subList(0, absentees.size());
        int present = Math.max(0, entitled - absentees.size());
        boolean counted = Quorum.counts(type, entitled, present);
        String[] theme = TOPICS.get(type)[index % TOPICS.get(type).length];
        String title = secretaryLecture ? "书记讲党课：" + theme[0] : theme[0];
        MeetingStatus status = day.getMonthValue() == 12 && random.nextInt(4) == 0 ? MeetingStatus.APPROVED : MeetingStatus.ARCHIVED;
        return new DemoMeeting(type, title, theme[1], day.minusDays(7 + random.nextInt(10)), day, status, entitled, present,
                counted, secretaryLecture, absentees, reasons);
    }

    static List<DemoRating> ratings(List<Long> members, Random random) {
        List<DemoRating> result = new ArrayList<>(members.size());
        for (long member : members) {
            int roll = random.nextInt(1000);
            if (roll < 10) {
                result.add(new DemoRating(member, null, null, roll < 5 ? "年内转出组织关系" : "年内新转入，下年度参加评议"));
            } else if (roll < 160) {
                result.add(new DemoRating(member, Rating.EXCELLENT, null, null));
            } else if (roll < 955) {
                result.add(new DemoRating(member, Rating.QUALIFIED, null, null));
            } else if (roll < 995) {
                result.add(new DemoRating(member, Rating.BASICALLY_QUALIFIED, null, null));
            } else {
                result.add(new DemoRating(member, Rating.UNQUALIFIED, "支部书记谈话提醒，限期三个月改正", null));
            }
        }
        return result;
    }

    /** A 谈心谈话 of the demo year: who talked with whom, when, about what. */
    record DemoTalk(long memberId, long talkerId, LocalDate heldOn, String topic) {
    }

    /**
     * The year's talks of an organization: the secretary (or, for the secretary, the first other member) talks with
     * every member once, mostly in the second half of the year; about 1 in 30 members has had none by the year's end.
     */
    static List<DemoTalk> talks(List<Long> members, Long secretaryId, Random random) {
        List<DemoTalk> result = new ArrayList<>(members.size());
        long talker = secretaryId != null ? secretaryId : members.get(0);
        for (long member : members) {
            if (random.nextInt(30) == 0) {
                continue;
            }
            long by = member != talker ? talker : members.stream().filter(m -> m != talker).findFirst().orElse(-1L);
            if (by < 0) {
                continue; // an organization of one member has nobody to talk with
            }
            LocalDate day = workday(LocalDate.of(YEAR, 6 + random.nextInt(6), 1 + random.nextInt(28)));
            result.add(new DemoTalk(member, by, day, TALK_TOPICS.get(random.nextInt(TALK_TOPICS.size()))));
        }
        return result;
    }

    private static final List<String> TALK_TOPICS = List.of("思想动态和工作生活中的困难", "对支部工作的意见建议",
            "学习教育情况和下一步打算", "发挥先锋模范作用情况");

    private static LocalDate workday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static final List<String> REASONS = List.of("因公出差", "病假", "外出学习", "家中有事请假", "流动在外");

    private static final java.util.Map<MeetingType, String[][]> TOPICS = java.util.Map.of(
            MeetingType.BRANCH_GENERAL, new String[][] {{"支部党员大会：讨论发展党员", "讨论入党积极分子培养情况"},
                    {"支部党员大会：学习传达上级精神", "传达学习上级会议精神，研究落实措施"}, {"支部党员大会：党费收缴情况通报", "通报党费收缴与使用"}},
            MeetingType.COMMITTEE, new String[][] {{"支委会：研究本月工作", "研究部署本月党建重点工作"}, {"支委会：研究党员教育管理", "研究党员教育管理和组织生活安排"}},
            MeetingType.GROUP, new String[][] {{"党小组会：学习讨论", "集中学习，交流心得"}},
            MeetingType.LECTURE, new String[][] {{"党课：学习党的二十届三中全会精神", "专题党课"}, {"党课：党纪学习教育", "学习《中国共产党纪律处分条例》"},
                    {"党课：新时代党的建设总要求", "专题辅导"}},
            MeetingType.LIFE_MEETING, new String[][] {{"年度组织生活会暨民主评议党员", "对照检查，开展批评与自我批评，民主评议党员"}},
            MeetingType.THEME_DAY, new String[][] {{"主题党日：重温入党誓词", "重温入党誓词，过政治生日"}, {"主题党日：志愿服务进社区", "亮身份、作贡献"},
                    {"主题党日：参观实践教学点", "\"新\"星之火实践教学点现场教学"}},
            MeetingType.DEMOCRATIC_LIFE, new String[][] {{"领导班子民主生活会", "对照检查，相互批评"}});
}
