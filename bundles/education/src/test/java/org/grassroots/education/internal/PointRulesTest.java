package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.grassroots.education.internal.PointRules.Earned;
import org.grassroots.education.internal.PointRules.Ranked;
import org.junit.jupiter.api.Test;

class PointRulesTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void builtInRulesApplyUntilTheDistrictSetsOne() {
        Map<CreditSource, BigDecimal> rules = PointRules.inForce(Map.of(CreditSource.SELF_STUDY, d("1.5")));
        assertEquals(d("2.0"), rules.get(CreditSource.SESSION));
        assertEquals(d("1.5"), rules.get(CreditSource.SELF_STUDY));
    }

    @Test
    void pointsArePerApprovedHourOfEachSource() {
        Map<CreditSource, BigDecimal> rules = PointRules.inForce(Map.of());
        Map<CreditSource, BigDecimal> hours = Map.of(CreditSource.SESSION, d("3.5"), CreditSource.SELF_STUDY, d("2.0"));
        assertEquals(d("9.0"), PointRules.total(hours, rules));
        assertEquals(d("7.0"), PointRules.bySource(hours, rules).get(CreditSource.SESSION));
        assertEquals(d("0.0"), PointRules.total(Map.of(), rules));
    }

    @Test
    void aRuleIsZeroToTenInHalfPoints() {
        assertTrue(PointRules.valid(d("0")));
        assertTrue(PointRules.valid(d("2.5")));
        assertTrue(PointRules.valid(d("10")));
        assertFalse(PointRules.valid(null));
        assertFalse(PointRules.valid(d("-1")));
        assertFalse(PointRules.valid(d("10.5")));
        assertFalse(PointRules.valid(d("1.25")));
    }

    @Test
    void equalPointsShareARankAndMembersWithoutPointsAreNotRanked() {
        Map<CreditSource, BigDecimal> rules = PointRules.inForce(Map.of());
        List<Ranked> ranked = PointRules.rank(List.of(
                new Earned(4, 1, Map.of(CreditSource.SELF_STUDY, d("2.0"))),
                new Earned(3, 1, Map.of(CreditSource.SESSION, d("1.0"))),
                new Earned(1, 1, Map.of(CreditSource.SESSION, d("4.0"))),
                new Earned(2, 1, Map.of(CreditSource.SESSION, d("1.0"))),
                new Earned(5, 1, Map.of(CreditSource.SESSION, d("0.0")))), rules);
        assertEquals(List.of(1L, 2L, 3L, 4L), ranked.stream().map(r -> r.earned().memberId()).toList());
        assertEquals(List.of(1, 2, 2, 2), ranked.stream().map(Ranked::rank).toList());
        assertEquals(d("8.0"), ranked.get(0).points());
    }

    @Test
    void volunteerHoursEarnPointsButAreNotStudyHours() {
        Map<CreditSource, BigDecimal> rules = PointRules.inForce(Map.of());
        List<Ranked> ranked = PointRules.rank(List.of(
                new Earned(1, 1, Map.of(CreditSource.SESSION, d("2.0"), CreditSource.VOLUNTEER, d("3.0"))),
                new Earned(2, 1, Map.of(CreditSource.VOLUNTEER, d("1.5")))), rules);
        assertEquals(d("7.0"), ranked.get(0).points());
        assertEquals(d("2.0"), ranked.get(0).hours(), "study hours only");
        assertEquals(d("1.5"), ranked.get(1).points());
        assertEquals(d("0.0"), ranked.get(1).hours());
        assertTrue(CreditSource.SESSION.study() && !CreditSource.VOLUNTEER.study());
    }
}
