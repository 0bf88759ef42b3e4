package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.core.api.PartyOrgType;

/**
 * How often each organization must hold each meeting, and whether it did. Defaults follow the Party's rules for
 * grassroots organizations; a unit may override a meeting type's period for its whole subtree (the nearest override
 * above an organization wins), and an organization may be exempted from a type for a year with a reason.
 * <ul>
 * <li>branches (党支部, 联合党支部, 党总支): 支部党员大会 quarterly, 支委会 monthly, 党课 quarterly (the secretary
 * giving at least one a year), 主题党日 monthly, 组织生活会 yearly; 党小组会 only where a unit asks for it (the
 * module does not keep 党小组 yet);</li>
 * <li>committees and working committees (党委, 党工委): 组织生活会 and 民主生活会 yearly;</li>
 * <li>units without a Party organization: nothing.</li>
 * </ul>
 * A period counts as due once it has ended; the period under way is "pending" (what reminders are about).
 */
final class ComplianceRules {
    /** Party-organization types that hold the branch meetings (三会一课, 主题党日). */
    private static final Set<PartyOrgType> BRANCHES = EnumSet.of(PartyOrgType.BRANCH, PartyOrgType.JOINT_BRANCH,
            PartyOrgType.GENERAL_BRANCH);
    /** Leadership bodies that hold 民主生活会. */
    private static final Set<PartyOrgType> LEADERSHIP = EnumSet.of(PartyOrgType.COMMITTEE, PartyOrgType.WORKING_COMMITTEE);

    private ComplianceRules() {
    }

    /** Whether a meeting type applies to an organization type at all (whatever a unit configures). */
    static boolean applies(MeetingType type, PartyOrgType orgType) {
        if (orgType == null || !orgType.isPartyOrganization()) {
            return false;
        }
        return switch (type) {
            case LIFE_MEETING -> true;
            case DEMOCRATIC_LIFE -> LEADERSHIP.contains(orgType);
            default -> BRANCHES.contains(orgType);
        };
    }

    /** The period the platform requires when no unit above the organization set one. */
    static Period defaultPeriod(MeetingType type, PartyOrgType orgType) {
        if (!applies(type, orgType)) {
            return Period.NONE;
        }
        return switch (type) {
            case BRANCH_GENERAL, LECTURE -> Period.QUARTER;
            case COMMITTEE, THEME_DAY -> Period.MONTH;
            case LIFE_MEETING, DEMOCRATIC_LIFE -> Period.YEAR;
            case GROUP -> Period.NONE;
        };
    }

    /**
     * The period that applies to an organization: the override of the nearest unit on its path (overrides keyed by
     * the unit's path), else the default; a type that does not apply to the organization type stays NONE.
     */
    static Period effective(MeetingType type, PartyOrgType orgType, String orgPath, Map<String, Map<MeetingType, Period>> overrides) {
        if (!applies(type, orgType)) {
            return Period.NONE;
        }
        String best = null;
        for (var e : overrides.entrySet()) {
            if (orgPath.startsWith(e.getKey()) && e.getValue().containsKey(type)
                    && (best == null || e.getKey().length() > best.length())) {
                best = e.getKey();
            }
        }
        return best == null ? defaultPeriod(type, orgType) : overrides.get(best).get(type);
    }

    /** All effective periods of an organization. */
    static Map<MeetingType, Period> effective(PartyOrgType orgType, String orgPath, Map<String, Map<MeetingType, Period>> overrides) {
        Map<MeetingType, Period> periods = new EnumMap<>(MeetingType.class);
        for (MeetingType type : MeetingType.values()) {
            periods.put(type, effective(type, orgType, orgPath, overrides));
        }
        return periods;
    }

    /**
     * What one organization owes for one meeting type in a window of a year (months {@code fromMonth} to
     * {@code toMonth}): the periods whose last month lies in the window and that ended before {@code today} are due;
     * each is met by a counted meeting held in it. The period under way, if in the window, is pending.
     *
     * @param heldMonths months (1–12) of the year with at least one counted meeting of the type
     */
    static Outcome evaluate(Period period, int year, int fromMonth, int toMonth, LocalDate today, Set<Integer> heldMonths) {
        if (period == Period.NONE) {
            return new Outcome(0, 0, List.of(), null);
        }
        int due = 0;
        int met = 0;
        List<String> missing = new ArrayList<>();
        String pending = null;
        for (int index = 1; index <= period.perYear(); index++) {
            int last = period.lastMonth(index);
            if (last < fromMonth || last > toMonth) {
                continue;
            }
            int first = period == Period.MONTH ? index : period == Period.QUARTER ? last - 2 : 1;
            boolean held = false;
            for (int m = first; m <= last; m++) {
                held |= heldMonths.contains(m);
            }
            LocalDate end = YearMonth.of(year, last).atEndOfMonth();
            LocalDate start = LocalDate.of(year, first, 1);
            String key = key(period, year, index);
            if (end.isBefore(today)) {
                due++;
                if (held) {
                    met++;
                } else {
                    missing.add(key);
                }
            } else if (!start.isAfter(today) && !held) {
                pending = key;
            }
        }
        return new Outcome(due, met, missing, pending);
    }

    /** A period's name in reports: {@code 2024-03}, {@code 2024-Q2}, {@code 2024}. */
    static String key(Period period, int year, int index) {
        return switch (period) {
            case MONTH -> year + "-" + (index < 10 ? "0" : "") + index;
            case QUARTER -> year + "-Q" + index;
            default -> String.valueOf(year);
        };
    }

    /**
     * @param due     periods that ended in the window
     * @param met     of those, the ones with a counted meeting
     * @param missing the due periods without one, oldest first
     * @param pending the period under way without a meeting yet (null when none or already met)
     */
    record Outcome(int due, int met, List<String> missing, String pending) {
        boolean compliant() {
            return missing.isEmpty();
        }
    }
}
