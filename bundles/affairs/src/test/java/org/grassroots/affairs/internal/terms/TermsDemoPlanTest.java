package org.grassroots.affairs.internal.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.grassroots.core.api.PartyOrgType;
import org.junit.jupiter.api.Test;

class TermsDemoPlanTest {
    private static final List<Long> PEOPLE = LongStream.rangeClosed(1, 20).boxed().toList();

    @Test
    void theSameCodeGivesTheSameTerm() {
        assertEquals(TermsDemoPlan.plan("JNGX-S01-B07", PartyOrgType.BRANCH, 3, PEOPLE, PEOPLE, 5L),
                TermsDemoPlan.plan("JNGX-S01-B07", PartyOrgType.BRANCH, 3, PEOPLE, PEOPLE, 5L));
    }

    @Test
    void aFewOverdueSomeDueSomeReelectedEachElectionValidWithEnoughCandidates() {
        Map<TermStatus, Integer> counts = new LinkedHashMap<>();
        int elections = 0;
        for (int i = 0; i < 1000; i++) {
            TermsDemoPlan.DemoTerm t = TermsDemoPlan.plan("JNGX-T" + i, PartyOrgType.BRANCH, 3, PEOPLE, PEOPLE, 1L);
            assertEquals(1L, t.committee().get(0).memberId());
            assertEquals(CommitteePost.SECRETARY, t.committee().get(0).post());
            counts.merge(TermRules.status(t.endsOn(), null, TermsDemoPlan.DAY, 6), 1, Integer::sum);
            if (t.election() != null) {
                elections++;
                TermsDemoPlan.DemoElection e = t.election();
                assertTrue(TermRules.attendanceValid(e.entitled(), e.present()), e.toString());
                assertTrue(e.votes().size() >= TermRules.minCandidates(e.seats()));
                List<Long> elected = TermRules.elected(e.votes(), e.seats(), e.present());
                assertEquals(new ArrayList<>(e.votes().keySet()).subList(0, e.seats()).stream().sorted().toList(),
                        elected.stream().sorted().toList());
                assertEquals(t.startedOn().getYear(), TermsDemoPlan.YEAR);
            }
        }
        assertTrue(counts.get(TermStatus.OVERDUE) > 20 && counts.get(TermStatus.OVERDUE) < 70, counts.toString());
        assertTrue(counts.get(TermStatus.DUE) > 60 && counts.get(TermStatus.DUE) < 150, counts.toString());
        assertTrue(elections > 100 && elections < 220, String.valueOf(elections));
    }

    @Test
    void aSmallBranchHasItsSecretaryAloneALargeOneACommittee() {
        List<Long> five = PEOPLE.subList(0, 5);
        assertEquals(1, TermsDemoPlan.plan("JNGX-A", PartyOrgType.BRANCH, 3, five, five, 2L).committee().size());
        int big = TermsDemoPlan.plan("JNGX-A", PartyOrgType.BRANCH, 3, PEOPLE, PEOPLE, 2L).committee().size();
        assertEquals(TermsDemoPlan.skipsCommittee("JNGX-A") ? 1 : 5, big);
        assertEquals(3, TermsDemoPlan.plan("JNGX-A", PartyOrgType.COMMITTEE, 5, five, five, 2L).committee().size());
    }
}
