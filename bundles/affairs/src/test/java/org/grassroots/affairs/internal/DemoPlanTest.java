package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;

import org.grassroots.affairs.internal.DemoPlan.DemoMeeting;
import org.grassroots.core.api.PartyOrgType;
import org.junit.jupiter.api.Test;

/** The demo year is the same at every start, follows the rules it is measured against, and misses a little. */
class DemoPlanTest {
    private static final List<Long> MEMBERS = LongStream.rangeClosed(1, 20).boxed().toList();
    private static final List<Long> FULL = MEMBERS.subList(0, 17);

    @Test
    void theSameOrganizationGetsTheSameYear() {
        assertEquals(DemoPlan.meetings(PartyOrgType.BRANCH, MEMBERS, FULL, DemoPlan.random("B001")),
                DemoPlan.meetings(PartyOrgType.BRANCH, MEMBERS, FULL, DemoPlan.random("B001")));
    }

    @Test
    void aBranchHoldsAboutWhatItsRulesRequireAndMostOrganizationsHoldTheirLifeMeeting() {
        int life = 0;
        int meetings = 0;
        int orgs = 1650;
        for (int i = 0; i < orgs; i++) {
            List<DemoMeeting> year = DemoPlan.meetings(PartyOrgType.BRANCH, MEMBERS, FULL, DemoPlan.random("B" + i));
            meetings += year.size();
            life += (int) year.stream().filter(m -> m.type() == MeetingType.LIFE_MEETING && m.counted()).count();
            assertTrue(year.stream().allMatch(m -> m.heldOn().getYear() == DemoPlan.YEAR && !m.plannedOn().isAfter(m.heldOn())));
            assertTrue(year.stream().noneMatch(m -> m.type() == MeetingType.DEMOCRATIC_LIFE || m.type() == MeetingType.GROUP));
        }
        assertTrue(life >= 1600 && life < orgs, "life meetings " + life);
        assertTrue(meetings > orgs * 30 && meetings <= orgs * 33, "meetings " + meetings);
    }

    @Test
    void everyMemberIsEvaluatedOnceAndUnqualifiedOnesHaveAFollowUp() {
        List<Long> many = LongStream.rangeClosed(1, 31_200).boxed().toList();
        var ratings = DemoPlan.ratings(many, DemoPlan.random("X"));
        assertEquals(31_200, ratings.size());
        long rated = ratings.stream().filter(r -> r.rating() != null).count();
        assertTrue(rated >= 30_000, "rated " + rated);
        assertTrue(ratings.stream().allMatch(r -> (r.rating() == null) == (r.excused() != null)));
        assertTrue(ratings.stream().filter(r -> r.rating() == Rating.UNQUALIFIED).allMatch(r -> r.followUp() != null));
    }

    @Test
    void theSecretaryTalksWithAlmostEveryMemberInTheYear() {
        List<Long> many = LongStream.rangeClosed(1, 30_000).boxed().toList();
        var talks = DemoPlan.talks(many, 1L, DemoPlan.random("T"));
        assertTrue(talks.size() > 28_500 && talks.size() < 29_500, "talks " + talks.size());
        assertTrue(talks.stream().allMatch(t -> t.memberId() != t.talkerId() && t.heldOn().getYear() == DemoPlan.YEAR));
        assertTrue(talks.stream().filter(t -> t.memberId() == 1L).allMatch(t -> t.talkerId() == 2L));
        assertEquals(DemoPlan.talks(many, 1L, DemoPlan.random("T")), talks);
        assertTrue(DemoPlan.talks(List.of(5L), 5L, DemoPlan.random("S")).isEmpty());
    }
}
