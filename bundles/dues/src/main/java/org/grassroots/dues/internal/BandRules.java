package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.grassroots.core.api.ValidationException;

/**
 * The dues rules (DOMAIN.md "Dues bands"): the monthly amount of a member from the category's bands. A percentage
 * band applies its rate to the whole base (not progressively: a base of 4,000 pays 1 % of 4,000); the band is the
 * first whose upper limit is at least the base (limits inclusive: 3,000.00 pays 0.5 %). Amounts are BigDecimal
 * yuan, rounded half up to the fen (0.01), the way a branch's ledger rounds. Fixed categories pay the member's
 * chosen amount within the band's range, the minimum when none is chosen. Pure, so it is unit tested.
 */
public final class BandRules {
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    static final BigDecimal MAX_BASE = new BigDecimal("10000000");
    static final BigDecimal MAX_RATE = new BigDecimal("0.1");
    static final BigDecimal MAX_FIXED = new BigDecimal("1000");

    private BandRules() {
    }

    /**
     * The monthly amount.
     *
     * @param bands the category's bands, in order
     * @param base  the monthly base (after-tax income), required for percentage bands
     * @param fixed the chosen fixed amount for fixed bands, or null for the minimum
     * @throws IllegalArgumentException when an input is missing or out of range (callers validate first)
     */
    public static BigDecimal monthly(List<Band> bands, BigDecimal base, BigDecimal fixed) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("no bands");
        }
        if (!bands.get(0).isRate()) {
            Band band = bands.get(0);
            BigDecimal amount = fixed == null ? band.fixedMin() : fixed;
            if (amount.compareTo(band.fixedMin()) < 0 || amount.compareTo(band.fixedMax()) > 0) {
                throw new IllegalArgumentException("fixed amount outside " + band.fixedMin() + "–" + band.fixedMax());
            }
            return amount.setScale(SCALE, ROUNDING);
        }
        if (base == null || base.signum() < 0) {
            throw new IllegalArgumentException("base required");
        }
        for (Band band : bands) {
            if (band.upTo() == null || base.compareTo(band.upTo()) <= 0) {
                return base.multiply(band.rate()).setScale(SCALE, ROUNDING);
            }
        }
        throw new IllegalArgumentException("no band for " + base);
    }

    /**
     * Checks a category's bands before they replace the old ones: percentage bands with ascending limits and the
     * last one open, rates above 0 and at most 10 %; or one fixed band with 0 &lt; min ≤ max ≤ 1,000.
     */
    public static ValidationException.Builder check(DuesCategory category, List<Band> bands) {
        ValidationException.Builder errors = ValidationException.builder();
        if (bands == null || bands.isEmpty()) {
            errors.add("bands", DuesText.TEXT.message("bands.required"));
            return errors;
        }
        if (!category.byBase()) {
            Band band = bands.get(0);
            if (bands.size() != 1 || band.fixedMin() == null || band.fixedMax() == null || band.rate() != null) {
                errors.add("bands", DuesText.TEXT.message("bands.fixedOnly", category));
            } else if (band.fixedMin().signum() <= 0 || band.fixedMin().compareTo(band.fixedMax()) > 0
                    || band.fixedMax().compareTo(MAX_FIXED) > 0 || band.fixedMin().scale() > SCALE
                    || band.fixedMax().scale() > SCALE) {
                errors.add("bands[0].fixedMin", DuesText.TEXT.message("bands.fixedRange"));
            }
            return errors;
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String at = "bands[" + i + "]";
            if (band.rate() == null || band.fixedMin() != null || band.fixedMax() != null) {
                errors.add(at + ".rate", DuesText.TEXT.message("bands.rateOnly", category));
                continue;
            }
            if (band.rate().signum() <= 0 || band.rate().compareTo(MAX_RATE) > 0) {
                errors.add(at + ".rate", DuesText.TEXT.message("bands.rateRange"));
            }
            boolean last = i == bands.size() - 1;
            if (last != (band.upTo() == null)) {
                errors.add(at + ".upTo", DuesText.TEXT.message(last ? "bands.lastOpen" : "bands.limitRequired"));
            } else if (!last && band.upTo().compareTo(previous) <= 0) {
                errors.add(at + ".upTo", DuesText.TEXT.message("bands.ascending", previous.toPlainString()));
            } else if (!last) {
                previous = band.upTo();
            }
        }
        return errors;
    }
}
