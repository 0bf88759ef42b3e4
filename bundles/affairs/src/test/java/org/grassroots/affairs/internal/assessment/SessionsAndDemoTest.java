package org.grassroots.affairs.internal.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/** A period's ranking, the demo plan's draws, and the labels and messages of the assessment part of the module. */
class SessionsAndDemoTest {
    @Test
    void equalMeansShareARankAndTheNextRankSkips() {
        assertArrayEquals(new int[] { 1, 1, 3, 4, 4 }, CapabilitySessions.ranks(new double[] { 92.5, 92.5, 90, 81.33, 81.33 }));
        assertArrayEquals(new int[0], CapabilitySessions.ranks(new double[0]));
        assertEquals(81.33, CapabilitySessions.round(244 / 3.0));
    }

    @Test
    void theDemoPlanIsTheSameAtEveryStartAndWithinItsBounds() {
        var first = AssessmentDemoPlan.grading(AssessmentDemoPlan.random("JNGX0101"), AssessmentDemoPlan.CRITERIA, GradeScheme.STARS);
        var again = AssessmentDemoPlan.grading(AssessmentDemoPlan.random("JNGX0101"), AssessmentDemoPlan.CRITERIA, GradeScheme.STARS);
        assertEquals(first.status(), again.status());
        assertEquals(first.total(), again.total());
        for (int i = 0; i < 200; i++) {
            var r = AssessmentDemoPlan.report(AssessmentDemoPlan.random("ORG" + i), 3);
            assertTrue(r.status() != ReportStatus.DECIDED || r.result() == SecretaryReports.suggested(r.ratings()));
            var g = AssessmentDemoPlan.grading(AssessmentDemoPlan.random("ORG" + i), AssessmentDemoPlan.CRITERIA, GradeScheme.TIERS);
            assertTrue(g.scores() == null || g.total() == IntStream.of(g.scores()).sum() && g.total() <= 100 && g.total() >= 50, "" + g.total());
        }
        var sessions = AssessmentDemoPlan.sessions(AssessmentDemoPlan.random("sessions:S1"), 5);
        assertEquals(8, sessions.size());
        assertTrue(sessions.stream().allMatch(s -> IntStream.of(s.scores()).allMatch(x -> x >= 60 && x <= 98)));
    }

    @Test
    void everyCodeAndMessageHasBothLanguages() {
        ModuleLabelsCheck.check(AffairsModule.describe("1.0.0"), AffairsModule.class, AssessmentStatistics.NOT_DECIDED,
                "Q1", "Q2", "Q3", "Q4");
        ModuleLabelsCheck.messages(AssessmentText.class);
    }
}
