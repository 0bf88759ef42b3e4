package org.grassroots.affairs.internal.terms;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.grassroots.core.api.PartyOrgType;

/**
 * What the demo district's terms look like on the last day of the demo year ({@value #YEAR}), decided per organization
 * from a random stream seeded with its code (its own stream: adding the terms changed none of the module's other
 * draws): about 4 in 100 overdue (the term ended in the year, nobody elected), about 16 in 100 re-elected in the year
 * (the previous term, the election with its candidates and votes, the new term), about 10 in 100 due within six months,
 * the rest running. Branches of 7 or more full members have a committee of 3 (5 from 15 full members), except about 1
 * in 60 (flagged); smaller branches their secretary alone.
 */
public final class TermsDemoPlan {
    public static final int YEAR = 2024;
    public static final LocalDate DAY = LocalDate.of(YEAR, 12, 31);
    private static final List<CommitteePost> POSTS_3 = List.of(CommitteePost.SECRETARY, CommitteePost.ORGANIZATION, CommitteePost.PROPAGANDA);
    private static final List<CommitteePost> POSTS_5 = List.of(CommitteePost.SECRETARY, CommitteePost.DEPUTY_SECRETARY,
            CommitteePost.ORGANIZATION, CommitteePost.PROPAGANDA, CommitteePost.DISCIPLINE);

    private TermsDemoPlan() {
    }

    /** A term of the demo: its committee, days, and (when re-elected in the year) the one before and the election. */
    public record DemoTerm(List<TermDraft.SeatDraft> committee, LocalDate startedOn, LocalDate endsOn, LocalDate previousStart,
                           DemoElection election) {
    }

    /** A demo election: those entitled and present, the seats, every candidate's votes (the committee first). */
    public record DemoElection(int entitled, int present, int seats, Map<Long, Integer> votes) {
    }

    /** Whether a branch of this code is one of the few without the committee its members call for. */
    static boolean skipsCommittee(String code) {
        return Math.floorMod(code.hashCode(), 60) == 7;
    }

    public static DemoTerm plan(String code, PartyOrgType type, int years, List<Long> people, List<Long> full, Long secretaryId) {
        Random r = new Random(YEAR * 7_000_003L + code.hashCode());
        long secretary = secretaryId != null && people.contains(secretaryId) ? secretaryId : (full.isEmpty() ? people : full).get(0);
        boolean branch = type == PartyOrgType.BRANCH || type == PartyOrgType.JOINT_BRANCH;
        boolean committee = branch ? full.size() >= TermRules.COMMITTEE_MEMBERS && !skipsCommittee(code) : people.size() >= 3;
        List<CommitteePost> posts = !committee ? List.of(CommitteePost.SECRETARY) : full.size() >= 15 ? POSTS_5 : POSTS_3;
        List<Long> order = new ArrayList<>();
        order.add(secretary);
        full.stream().filter(id -> id != secretary).forEach(order::add);
        people.stream().filter(id -> !order.contains(id)).forEach(order::add);
        List<TermDraft.SeatDraft> seats = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            seats.add(new TermDraft.SeatDraft(order.get(i), posts.get(i)));
        }
        int u = r.nextInt(100);
        int candidates = TermRules.minCandidates(posts.size());
        if (u < 4) {
            LocalDate ends = LocalDate.of(YEAR, 1, 10).plusDays(r.nextInt(320));
            return new DemoTerm(seats, ends.minusYears(years), ends, null, null);
        }
        if (u < 20 && order.size() >= candidates) {
            LocalDate oldEnds = LocalDate.of(YEAR, 3, 15).plusDays(r.nextInt(270));
            LocalDate heldOn = oldEnds.minusDays(r.nextInt(60));
            int entitled = Math.max(full.size(), 1);
            int present = entitled - r.nextInt((entitled + 4) / 5);
            Map<Long, Integer> votes = new LinkedHashMap<>();
            for (int i = 0; i < candidates; i++) {
                votes.put(order.get(i), i < posts.size() ? present / 2 + 1 + r.nextInt(present - present / 2) : r.nextInt(present / 2 + 1));
            }
            return new DemoTerm(seats, heldOn, heldOn.plusYears(years), oldEnds.minusYears(years),
                    new DemoElection(entitled, present, posts.size(), votes));
        }
        if (u < 30) {
            LocalDate ends = LocalDate.of(YEAR + 1, 1, 1).plusDays(r.nextInt(181));
            return new DemoTerm(seats, ends.minusYears(years), ends, null, null);
        }
        LocalDate from = LocalDate.of(YEAR + 1, 7, 1);
        LocalDate to = LocalDate.of(YEAR - 1, 12, 31).plusYears(years);
        LocalDate ends = from.plusDays(r.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(from, to))));
        return new DemoTerm(seats, ends.minusYears(years), ends, null, null);
    }
}
