package org.grassroots.affairs.internal.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of 换届 that need nothing stored, in one place (unit-tested):
 * <ul>
 * <li>an election within {@value #WINDOW_MONTHS} months before the term's end is on time; an earlier one is early, a
 * later one delayed, and both need the level above's approval; the first election of an organization needs none;</li>
 * <li>an election is valid only with more than four fifths of those entitled present;</li>
 * <li>candidates at least 20 % more than the seats (差额选举);</li>
 * <li>elected are the candidates with the most votes among those with more than half of the votes of those present;
 * candidates tied for the last seat are not elected (they go to another ballot, 另行选举);</li>
 * <li>a branch (党支部, and a general branch) with {@value #COMMITTEE_MEMBERS} or more full members elects a committee.</li>
 * </ul>
 */
public final class TermRules {
    /** How long before its end a term may be renewed without asking the level above. */
    public static final int WINDOW_MONTHS = 6;
    /** How far an approved early or delayed election may lie from the term's end (一般不超过一年). */
    public static final int SHIFT_MONTHS = 12;
    public static final int COMMITTEE_MEMBERS = 7;
    /** A committee has at least three members; fewer are a secretary (and a deputy) elected directly. */
    public static final int COMMITTEE_SEATS = 3;
    public static final int MAX_SEATS = 15;
    /** Far more than any 差额 ballot (15 seats: 18 candidates); a longer list is a mistake, refused before any lookup. */
    public static final int MAX_CANDIDATES = 60;

    private TermRules() {
    }

    /** When an election on {@code heldOn} lies against a term ending on {@code endsOn} (null: no term yet). */
    public static ElectionTiming timing(LocalDate endsOn, LocalDate heldOn) {
        if (endsOn == null) {
            return ElectionTiming.FIRST;
        }
        if (heldOn.isAfter(endsOn)) {
            return ElectionTiming.DELAYED;
        }
        return heldOn.isBefore(windowOpens(endsOn)) ? ElectionTiming.EARLY : ElectionTiming.ON_TIME;
    }

    /** The first day of a term's re-election window. */
    public static LocalDate windowOpens(LocalDate endsOn) {
        return endsOn.minusMonths(WINDOW_MONTHS);
    }

    /** Valid only with more than four fifths of those entitled present. */
    public static boolean attendanceValid(int entitled, int present) {
        return entitled > 0 && present * 5L > entitled * 4L;
    }

    /** At least 20 % more candidates than seats, rounded up (3 seats: 4 candidates; 5: 6; 7: 9). */
    public static int minCandidates(int seats) {
        return (seats * 6 + 4) / 5;
    }

    /** The elected among the candidates (member id → votes), most votes first. */
    public static List<Long> elected(Map<Long, Integer> votes, int seats, int present) {
        List<Map.Entry<Long, Integer>> majority = votes.entrySet().stream()
                .filter(e -> e.getValue() * 2L > present)
                .sorted(Map.Entry.<Long, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.<Long, Integer>comparingByKey()))
                .toList();
        if (majority.size() <= seats) {
            return majority.stream().map(Map.Entry::getKey).toList();
        }
        int cut = majority.get(seats - 1).getValue();
        boolean tie = majority.get(seats).getValue() == cut;
        List<Long> elected = new ArrayList<>();
        for (int i = 0; i < seats; i++) {
            if (!tie || majority.get(i).getValue() > cut) {
                elected.add(majority.get(i).getKey());
            }
        }
        return elected;
    }

    /** A current term's standing on {@code day}, due when it ends within {@code months}. */
    public static TermStatus status(LocalDate endsOn, LocalDate endedOn, LocalDate day, int months) {
        if (endedOn != null) {
            return TermStatus.ENDED;
        }
        if (endsOn.isBefore(day)) {
            return TermStatus.OVERDUE;
        }
        return endsOn.isAfter(day.plusMonths(months)) ? TermStatus.CURRENT : TermStatus.DUE;
    }

    /**
     * A term counted in the year's re-election figure (it ends in the year, ended early in it, or was overdue when
     * the year began), classified on the year's reference day: {@code elected}, {@code overdue} or {@code pending}.
     */
    public static String reelection(LocalDate endsOn, LocalDate endedOn, LocalDate day) {
        if (endedOn != null && !endedOn.isAfter(day)) {
            return "elected";
        }
        return endsOn.isBefore(day) ? "overdue" : "pending";
    }

    /** Whether a committee (3 or more) is what was elected. */
    public static boolean isCommittee(int members) {
        return members >= COMMITTEE_SEATS;
    }

    /** The posts that must be there: exactly one secretary. */
    public static boolean oneSecretary(List<CommitteePost> posts) {
        return posts.stream().filter(p -> p == CommitteePost.SECRETARY).count() == 1;
    }

    /** Repeated ids of a list, for naming the lines that repeat one. */
    static Set<Long> repeated(List<Long> ids) {
        return ids.stream().filter(id -> id != null && ids.indexOf(id) != ids.lastIndexOf(id)).collect(Collectors.toSet());
    }
}
