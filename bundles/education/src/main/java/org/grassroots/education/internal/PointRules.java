package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of study points (积分), kept free of the database: the built-in rules, the check of a new rule,
 * points from hours by source, and the ranking with shared ranks.
 */
final class PointRules {
    static final BigDecimal MAX = BigDecimal.TEN;

    /** One member's approved hours of the year by source, and the unit the larger share was earned in. */
    record Earned(long memberId, long unitId, Map<CreditSource, BigDecimal> hours) {
    }

    private PointRules() {
    }

    /**
     * Built-in rules: two points per hour of a training session attended, one per hour of self-study, of an online
     * course passed, of volunteer service confirmed by a community or of an event at a service position signed in to.
     */
    static BigDecimal builtIn(CreditSource source) {
        return switch (source) {
            case SESSION -> new BigDecimal("2.0");
            case SELF_STUDY, COURSE, VOLUNTEER, POSITION_EVENT -> new BigDecimal("1.0");
        };
    }

    /** Whether a rule can be set: 0 to {@link #MAX} points per hour, in steps of half a point. */
    static boolean valid(BigDecimal pointsPerHour) {
        return pointsPerHour != null && pointsPerHour.signum() >= 0 && pointsPerHour.compareTo(MAX) <= 0
                && pointsPerHour.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    }

    /** The rules in force: the district's setting of a source, else the built-in one. */
    static Map<CreditSource, BigDecimal> inForce(Map<CreditSource, BigDecimal> set) {
        Map<CreditSource, BigDecimal> rules = new EnumMap<>(CreditSource.class);
        for (CreditSource s : CreditSource.values()) {
            rules.put(s, set.getOrDefault(s, builtIn(s)));
        }
        return rules;
    }

    static Map<CreditSource, BigDecimal> bySource(Map<CreditSource, BigDecimal> hours, Map<CreditSource, BigDecimal> rules) {
        Map<CreditSource, BigDecimal> points = new EnumMap<>(CreditSource.class);
        for (CreditSource s : CreditSource.values()) {
            points.put(s, StudyHours.of(hours.getOrDefault(s, BigDecimal.ZERO).multiply(rules.get(s))));
        }
        return points;
    }

    static BigDecimal total(Map<CreditSource, BigDecimal> hours, Map<CreditSource, BigDecimal> rules) {
        return StudyHours.of(bySource(hours, rules).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    record Ranked(int rank, Earned earned, BigDecimal hours, BigDecimal points) {
    }

    /** Members with points, the most first (ties by member id), equal points sharing a rank. */
    static List<Ranked> rank(List<Earned> earned, Map<CreditSource, BigDecimal> rules) {
        List<Ranked> scored = new ArrayList<>();
        for (Earned e : earned) {
            BigDecimal points = total(e.hours(), rules);
            if (points.signum() > 0) {
                BigDecimal hours = StudyHours.of(e.hours().entrySet().stream().filter(h -> h.getKey().study())
                        .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add));
                scored.add(new Ranked(0, e, hours, points));
            }
        }
        scored.sort(Comparator.comparing(Ranked::points).reversed().thenComparing(r -> r.earned().memberId()));
        List<Ranked> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Ranked r = scored.get(i);
            int rank = i > 0 && r.points().compareTo(scored.get(i - 1).points()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(rank, r.earned(), r.hours(), r.points()));
        }
        return ranked;
    }
}
