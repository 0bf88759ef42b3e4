package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

/** The dues bands of DOMAIN.md, as the migration stores them, applied to bases at and around every limit. */
class BandRulesTest {
    static final List<Band> EMPLOYED = List.of(Band.rate("3000", "0.005"), Band.rate("5000", "0.01"),
            Band.rate("10000", "0.015"), Band.rate(null, "0.02"));
    static final List<Band> RETIRED = List.of(Band.rate("5000", "0.005"), Band.rate(null, "0.01"));
    static final List<Band> FARMER = List.of(Band.fixed("0.20", "1.00"));

    private static String monthly(List<Band> bands, String base) {
        return BandRules.monthly(bands, new BigDecimal(base), null).toPlainString();
    }

    @Test
    void employedMembersPayTheirBandsRateOfTheWholeBaseWithInclusiveUpperLimits() {
        assertEquals("0.00", monthly(EMPLOYED, "0"));
        assertEquals("15.00", monthly(EMPLOYED, "3000"));     // ≤ 3,000: 0.5 %
        assertEquals("30.00", monthly(EMPLOYED, "3000.01"));  // the whole base at 1 %, not progressive
        assertEquals("50.00", monthly(EMPLOYED, "5000"));
        assertEquals("75.02", monthly(EMPLOYED, "5001"));     // 75.015 rounds half up to the fen
        assertEquals("150.00", monthly(EMPLOYED, "10000"));
        assertEquals("200.02", monthly(EMPLOYED, "10001"));
        assertEquals("600.00", monthly(EMPLOYED, "30000"));
    }

    @Test
    void roundingIsHalfUpToTheFen() {
        assertEquals("12.35", monthly(EMPLOYED, "2469")); // 12.345
        assertEquals("12.34", monthly(EMPLOYED, "2468.99")); // 12.34495
        assertEquals(2, BandRules.monthly(EMPLOYED, new BigDecimal("4321.7"), null).scale());
    }

    @Test
    void retireesPayHalfAPercentUpToFiveThousandThenOnePercent() {
        assertEquals("25.00", monthly(RETIRED, "5000"));
        assertEquals("60.00", monthly(RETIRED, "6000"));
    }

    @Test
    void fixedCategoriesPayTheChosenAmountWithinTheRangeOrTheMinimum() {
        assertEquals("0.20", BandRules.monthly(FARMER, null, null).toPlainString());
        assertEquals("1.00", BandRules.monthly(FARMER, null, new BigDecimal("1")).toPlainString());
        assertThrows(IllegalArgumentException.class, () -> BandRules.monthly(FARMER, null, new BigDecimal("1.01")));
        assertThrows(IllegalArgumentException.class, () -> BandRules.monthly(EMPLOYED, null, null));
    }

    @Test
    void bandsAreCheckedBeforeTheyReplaceTheOldOnes() {
        assertTrue(BandRules.check(DuesCategory.EMPLOYED, EMPLOYED).isEmpty());
        assertTrue(BandRules.check(DuesCategory.FARMER, FARMER).isEmpty());
        assertEquals(List.of("bands"), fields(BandRules.check(DuesCategory.EMPLOYED, List.of())));
        // limits must rise and the last one is open
        assertEquals(List.of("bands[1].upTo"), fields(BandRules.check(DuesCategory.EMPLOYED,
                List.of(Band.rate("5000", "0.01"), Band.rate("3000", "0.02"), Band.rate(null, "0.03")))));
        assertEquals(List.of("bands[1].upTo"), fields(BandRules.check(DuesCategory.RETIRED,
                List.of(Band.rate("5000", "0.005"), Band.rate("9000", "0.01")))));
        // rates above 0 and at most 10 %
        assertEquals(List.of("bands[0].rate"), fields(BandRules.check(DuesCategory.RETIRED,
                List.of(Band.rate("5000", "0"), Band.rate(null, "0.01")))));
        assertEquals(List.of("bands[0].rate"), fields(BandRules.check(DuesCategory.RETIRED, List.of(Band.rate(null, "0.2")))));
        // fixed categories: one band with a sane range; percentage categories cannot be fixed and vice versa
        assertEquals(List.of("bands[0].fixedMin"), fields(BandRules.check(DuesCategory.STUDENT, List.of(Band.fixed("2", "1")))));
        assertEquals(List.of("bands"), fields(BandRules.check(DuesCategory.STUDENT, List.of(Band.rate(null, "0.01")))));
        assertEquals(List.of("bands[0].rate"), fields(BandRules.check(DuesCategory.EMPLOYED, List.of(Band.fixed("1", "2")))));
    }

    private static List<String> fields(ValidationException.Builder errors) {
        return errors.isEmpty() ? List.of() : errors.build().errors().stream().map(FieldError::field).toList();
    }
}
