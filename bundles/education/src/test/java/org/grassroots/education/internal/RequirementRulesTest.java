package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RequirementRulesTest {
    private static final Map<String, BigDecimal> SETTINGS = Map.of("/1/", new BigDecimal("32.0"),
            "/1/7/", new BigDecimal("40.0"), "/1/7/42/", new BigDecimal("36.0"));

    @Test
    void theNearestSettingUpTheTreeApplies() {
        assertEquals(new BigDecimal("36.0"), RequirementRules.applied(SETTINGS, "/1/7/42/").hours());
        assertEquals(new BigDecimal("36.0"), RequirementRules.applied(SETTINGS, "/1/7/42/100/").hours());
        assertEquals(new BigDecimal("40.0"), RequirementRules.applied(SETTINGS, "/1/7/43/").hours());
        assertEquals("/1/7/", RequirementRules.applied(SETTINGS, "/1/7/43/").path());
        assertEquals(new BigDecimal("32.0"), RequirementRules.applied(SETTINGS, "/1/8/").hours());
    }

    @Test
    void aPathPrefixIsNotAnAncestorUnlessItEndsAtAUnit() {
        // /1/7/ must not apply to /1/70/: paths end with a slash, so the prefix test is by whole ids
        assertEquals(new BigDecimal("32.0"), RequirementRules.applied(SETTINGS, "/1/70/").hours());
    }

    @Test
    void withoutAnySettingTheDefaultIs32Hours() {
        RequirementRules.Applied applied = RequirementRules.applied(Map.of(), "/1/2/");
        assertEquals(new BigDecimal("32.0"), applied.hours());
        assertNull(applied.path());
        assertEquals(new BigDecimal("32.0"), RequirementRules.applied(Map.of("/5/", BigDecimal.TEN), "/1/").hours());
    }

    @Test
    void theShortfallIsNeverNegative() {
        assertEquals(new BigDecimal("4.5"), RequirementRules.shortfall(new BigDecimal("27.5"), new BigDecimal("32.0")));
        assertEquals(new BigDecimal("0.0"), RequirementRules.shortfall(new BigDecimal("40"), new BigDecimal("32.0")));
        assertEquals(7L, Requirements.unitOf("/1/7/"));
    }
}
