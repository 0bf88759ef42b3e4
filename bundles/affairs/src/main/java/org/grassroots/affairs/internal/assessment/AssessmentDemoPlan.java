package org.grassroots.affairs.internal.assessment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the demo year's assessment holds for one organization, decided by a random stream seeded from its code (the
 * same data at every start, whatever the load order): the secretary's report rated by up to three evaluators and
 * decided as their ratings suggest (about 1 in 50 still waiting for the decision, 1 in 100 not yet submitted), the
 * grading's self-assessment against the round's criteria and the grade it proposes (about 1 in 50 not decided yet),
 * and each street's capability sessions (two a quarter, five judges each).
 */
final class AssessmentDemoPlan {
    static final int YEAR = 2024;
    static final String ACTOR = "demo-data";
    /** The street rounds' criteria (full marks 100) and the district round's scheme for the streets and parks. */
    static final List<CriterionDraft> CRITERIA = List.of(new CriterionDraft("组织建设", 20), new CriterionDraft("党员队伍", 20),
            new CriterionDraft("制度落实", 20), new CriterionDraft("作用发挥", 25), new CriterionDraft("基础保障", 15));
    static final String[] TOPICS = { "如何开好组织生活会", "发展党员工作流程要点", "党费收缴与管理", "主题党日活动设计",
        "三会一课记录规范", "党建引领基层治理", "新就业群体党建工作", "党员教育管理实务" };

    private AssessmentDemoPlan() {
    }

    record DemoReport(ReportStatus status, List<ReportGrade> ratings, ReportGrade result) {
    }

    record DemoGrading(GradingStatus status, int[] scores, int total, OrgGrade proposed, OrgGrade grade) {
    }

    record DemoSession(String topic, LocalDate heldOn, int[] scores) {
    }

    static Random random(String code) {
        return new Random(YEAR * 1_000_003L + ("assessment:" + code).hashCode());
    }

    static DemoReport report(Random random, int evaluators) {
        int draw = random.nextInt(100);
        if (draw == 0) {
            return new DemoReport(ReportStatus.DRAFT, List.of(), null);
        }
        // the secretary's standing: most are rated 好 or 较好, a few 一般, very few 差
        int base = random.nextInt(100);
        int standing = base < 55 ? 0 : base < 85 ? 1 : base < 97 ? 2 : 3;
        List<ReportGrade> ratings = new ArrayList<>();
        for (int i = 0; i < evaluators; i++) {
            int spread = random.nextInt(10);
            int grade = Math.max(0, Math.min(3, standing + (spread == 0 ? -1 : spread == 9 ? 1 : 0)));
            ratings.add(ReportGrade.values()[grade]);
        }
        if (draw <= 2 || ratings.isEmpty()) {
            return new DemoReport(ReportStatus.SUBMITTED, ratings, null);
        }
        return new DemoReport(ReportStatus.DECIDED, ratings, SecretaryReports.suggested(ratings));
    }

    static DemoGrading grading(Random random, List<CriterionDraft> criteria, GradeScheme scheme) {
        // the organization's overall quality (55 % to 100 % of full marks) with a little noise per criterion
        double quality = 0.55 + 0.45 * Math.sqrt(random.nextDouble());
        int[] scores = new int[criteria.size()];
        int total = 0;
        int full = 0;
        for (int i = 0; i < scores.length; i++) {
            int max = criteria.get(i).maxScore();
            double share = Math.max(0, Math.min(1, quality + (random.nextDouble() - 0.5) * 0.1));
            scores[i] = (int) Math.round(max * share);
            total += scores[i];
            full += max;
        }
        OrgGrade proposed = OrgGrade.proposed(scheme, total, full);
        int draw = random.nextInt(100);
        if (draw == 0) {
            return new DemoGrading(GradingStatus.PENDING, null, 0, null, null);
        }
        if (draw == 1) {
            return new DemoGrading(GradingStatus.SELF_ASSESSED, scores, total, proposed, null);
        }
        return new DemoGrading(GradingStatus.DECIDED, scores, total, proposed, proposed);
    }

    /** Two sessions a quarter, in the quarter's middle month, each scored by {@code judges} judges (60 to 98). */
    static List<DemoSession> sessions(Random random, int judges) {
        List<DemoSession> sessions = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            for (int n = 0; n < 2; n++) {
                LocalDate day = LocalDate.of(YEAR, quarter * 3 - 1, 5 + random.nextInt(20));
                while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    day = day.plusDays(1);
                }
                int level = 70 + random.nextInt(22);
                int[] scores = new int[judges];
                for (int j = 0; j < judges; j++) {
                    scores[j] = Math.max(60, Math.min(98, level + random.nextInt(11) - 5));
                }
                sessions.add(new DemoSession(TOPICS[random.nextInt(TOPICS.length)], day, scores));
            }
        }
        return sessions;
    }
}
