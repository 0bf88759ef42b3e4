package org.grassroots.affairs.internal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grassroots.core.api.ConflictException;
import org.junit.jupiter.api.Test;

/** The state machines of the secretaries' reports and the gradings, and the grade a report's ratings suggest. */
class AssessmentWorkflowTest {
    private static final StepRules<ReportStatus, ReportAction> REPORT = SecretaryReports.RULES;
    private static final StepRules<GradingStatus, GradingAction> GRADING = Gradings.RULES;

    @Test
    void aReportIsWrittenSubmittedRatedReturnedAndDecided() {
        ReportStatus s = REPORT.next("affairs.secretaryReport", 1, ReportStatus.DRAFT, ReportAction.EDIT);
        assertEquals(ReportStatus.DRAFT, s);
        s = REPORT.next("affairs.secretaryReport", 1, s, ReportAction.SUBMIT);
        assertEquals(ReportStatus.SUBMITTED, REPORT.next("affairs.secretaryReport", 1, s, ReportAction.RATE));
        s = REPORT.next("affairs.secretaryReport", 1, s, ReportAction.RETURN);
        assertEquals(ReportStatus.RETURNED, REPORT.next("affairs.secretaryReport", 1, s, ReportAction.EDIT));
        s = REPORT.next("affairs.secretaryReport", 1, s, ReportAction.SUBMIT);
        assertEquals(ReportStatus.DECIDED, REPORT.next("affairs.secretaryReport", 1, s, ReportAction.DECIDE));
    }

    @Test
    void eachReportStateOffersItsSteps() {
        assertEquals(List.of(ReportAction.EDIT, ReportAction.SUBMIT), REPORT.allowed(ReportStatus.DRAFT));
        assertEquals(List.of(ReportAction.RATE, ReportAction.RETURN, ReportAction.DECIDE), REPORT.allowed(ReportStatus.SUBMITTED));
        assertEquals(List.of(ReportAction.EDIT, ReportAction.SUBMIT), REPORT.allowed(ReportStatus.RETURNED));
        assertEquals(List.of(), REPORT.allowed(ReportStatus.DECIDED));
    }

    @Test
    void aStepTheStateDoesNotAllowIsAConflictNamingTheAllowedSteps() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> REPORT.next("affairs.secretaryReport", 7, ReportStatus.DRAFT, ReportAction.DECIDE));
        assertTrue(e.getMessage().contains("Secretary's report 7 is To be written"), e.getMessage());
        assertTrue(e.getMessage().contains("EDIT (Edit), SUBMIT (Submit)"), e.getMessage());
        ConflictException closed = assertThrows(ConflictException.class,
                () -> GRADING.next("affairs.grading", 8, GradingStatus.DECIDED, GradingAction.ASSESS));
        assertTrue(closed.getMessage().contains("no further step"), closed.getMessage());
        ConflictException early = assertThrows(ConflictException.class,
                () -> GRADING.next("affairs.grading", 9, GradingStatus.PENDING, GradingAction.DECIDE));
        assertTrue(early.getMessage().contains("allowed: ASSESS (Self-assess)"), early.getMessage());
    }

    @Test
    void aGradingIsSelfAssessedReturnedAssessedAgainAndDecided() {
        GradingStatus s = GRADING.next("affairs.grading", 1, GradingStatus.PENDING, GradingAction.ASSESS);
        s = GRADING.next("affairs.grading", 1, s, GradingAction.RETURN);
        assertEquals(List.of(GradingAction.ASSESS), GRADING.allowed(s));
        s = GRADING.next("affairs.grading", 1, s, GradingAction.ASSESS);
        assertEquals(GradingStatus.DECIDED, GRADING.next("affairs.grading", 1, s, GradingAction.DECIDE));
    }

    @Test
    void theRatingsSuggestTheirRoundedMean() {
        assertNull(SecretaryReports.suggested(List.of()));
        assertEquals(ReportGrade.GOOD, SecretaryReports.suggested(List.of(ReportGrade.GOOD, ReportGrade.GOOD, ReportGrade.FAIRLY_GOOD)));
        // 好 4 + 较好 3 = 3.5, rounded half up: 好
        assertEquals(ReportGrade.GOOD, SecretaryReports.suggested(List.of(ReportGrade.GOOD, ReportGrade.FAIRLY_GOOD)));
        assertEquals(ReportGrade.AVERAGE, SecretaryReports.suggested(List.of(ReportGrade.AVERAGE, ReportGrade.POOR, ReportGrade.FAIRLY_GOOD)));
        assertEquals(ReportGrade.POOR, SecretaryReports.suggested(List.of(ReportGrade.POOR)));
    }
}
