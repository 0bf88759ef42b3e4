package org.grassroots.affairs.internal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

/** The grade a self-assessment proposes, the checks of its scores and of a round's criteria. */
class GradingRulesTest {
    private static final List<Criterion> CRITERIA = List.of(new Criterion(11, "组织建设", 20), new Criterion(12, "作用发挥", 30));

    @Test
    void theShareOfFullMarksProposesTheGrade() {
        assertEquals(OrgGrade.FIVE_STARS, OrgGrade.proposed(GradeScheme.STARS, 90, 100));
        assertEquals(OrgGrade.FOUR_STARS, OrgGrade.proposed(GradeScheme.STARS, 89, 100));
        assertEquals(OrgGrade.TWO_STARS, OrgGrade.proposed(GradeScheme.STARS, 30, 50));
        assertEquals(OrgGrade.ONE_STAR, OrgGrade.proposed(GradeScheme.STARS, 0, 100));
        assertEquals(OrgGrade.ADVANCED, OrgGrade.proposed(GradeScheme.TIERS, 45, 50));
        assertEquals(OrgGrade.GOOD, OrgGrade.proposed(GradeScheme.TIERS, 75, 100));
        assertEquals(OrgGrade.LAGGING, OrgGrade.proposed(GradeScheme.TIERS, 59, 100));
        assertEquals(List.of(OrgGrade.ADVANCED, OrgGrade.GOOD, OrgGrade.AVERAGE, OrgGrade.LAGGING), OrgGrade.of(GradeScheme.TIERS));
    }

    @Test
    void everyCriterionIsScoredOnceWithinItsFullMarks() {
        ValidationException.Builder errors = ValidationException.builder();
        Map<Long, Integer> scores = Gradings.checkScores(List.of(new ScoreEntry(11L, 18), new ScoreEntry(12L, 28)), CRITERIA, errors);
        assertTrue(errors.isEmpty());
        assertEquals(46, scores.values().stream().mapToInt(Integer::intValue).sum());

        ValidationException.Builder refused = ValidationException.builder();
        Gradings.checkScores(List.of(new ScoreEntry(11L, 21), new ScoreEntry(11L, 3), new ScoreEntry(99L, 1)), CRITERIA, refused);
        assertEquals("scores[0].score scores[1].criterionId scores[2].criterionId scores", fields(refused));
        assertTrue(refused.build().errors(Locale.ENGLISH).get(3).reason().contains("作用发挥"));

        ValidationException.Builder none = ValidationException.builder();
        Gradings.checkScores(null, CRITERIA, none);
        assertEquals("scores", fields(none));
    }

    @Test
    void aGradingRoundNamesItsSchemeAndDistinctCriteriaAReportRoundNeither() {
        ValidationException.Builder ok = ValidationException.builder();
        List<CriterionDraft> criteria = Rounds.checkCriteria(new RoundDraft(RoundKind.GRADING, 1L, 2024, GradeScheme.STARS,
                List.of(new CriterionDraft(" 组织建设 ", 50), new CriterionDraft("作用发挥", 50))), ok);
        assertTrue(ok.isEmpty());
        assertEquals("组织建设", criteria.get(0).name());

        ValidationException.Builder refused = ValidationException.builder();
        Rounds.checkCriteria(new RoundDraft(RoundKind.GRADING, 1L, 2024, null,
                List.of(new CriterionDraft("组织建设", 0), new CriterionDraft("组织建设", 10), new CriterionDraft(" ", 10))), refused);
        assertEquals("scheme criteria[0].maxScore criteria[1].name criteria[2].name", fields(refused));

        ValidationException.Builder reports = ValidationException.builder();
        Rounds.checkCriteria(new RoundDraft(RoundKind.REPORTS, 1L, 2024, GradeScheme.STARS, null), reports);
        assertEquals("scheme", fields(reports));
    }

    private static String fields(ValidationException.Builder errors) {
        return errors.build().errors().stream().map(e -> e.field()).collect(Collectors.joining(" "));
    }
}
