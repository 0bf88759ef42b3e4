package org.grassroots.dues.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consecutive months in arrears per member. Input: the unpaid periods of settled months, ordered by member and
 * period; a run breaks at any month that was paid, exempt, or not collected at all. Six consecutive months unpaid
 * without a proper reason is the case the branch must handle (自行脱党 procedure), so the platform flags it.
 */
public final class ArrearsRuns {
    public static final int FLAG_MONTHS = 6;

    /** One member's arrears: months unpaid, the longest run of consecutive ones, the last run's end. */
    public record MemberArrears(long memberId, int months, int longestRun, int longestRunEnd) {
        public boolean flagged() {
            return longestRun >= FLAG_MONTHS;
        }
    }

    private ArrearsRuns() {
    }

    /** @param rows {@code [memberId, period]} ordered by member, then period */
    public static Map<Long, MemberArrears> of(List<long[]> rows) {
        Map<Long, MemberArrears> result = new LinkedHashMap<>();
        long member = Long.MIN_VALUE;
        int months = 0;
        int run = 0;
        int longest = 0;
        int longestEnd = 0;
        int previous = 0;
        for (long[] row : rows) {
            int period = (int) row[1];
            if (row[0] != member) {
                if (member != Long.MIN_VALUE) {
                    result.put(member, new MemberArrears(member, months, longest, longestEnd));
                }
                member = row[0];
                months = 0;
                run = 0;
                longest = 0;
                previous = 0;
            }
            months++;
            run = previous != 0 && Periods.next(previous) == period ? run + 1 : 1;
            if (run >= longest) {
                longest = run;
                longestEnd = period;
            }
            previous = period;
        }
        if (member != Long.MIN_VALUE) {
            result.put(member, new MemberArrears(member, months, longest, longestEnd));
        }
        return result;
    }
}
