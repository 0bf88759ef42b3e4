package org.grassroots.dues.internal;

import java.math.BigDecimal;

/**
 * One band of a category: a percentage {@code rate} of the base up to {@code upTo} (inclusive; null = no upper
 * limit), or a fixed monthly amount between {@code fixedMin} and {@code fixedMax}.
 */
public record Band(BigDecimal upTo, BigDecimal rate, BigDecimal fixedMin, BigDecimal fixedMax) {
    public static Band rate(String upTo, String rate) {
        return new Band(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(rate), null, null);
    }

    public static Band fixed(String min, String max) {
        return new Band(null, null, new BigDecimal(min), new BigDecimal(max));
    }

    public boolean isRate() {
        return rate != null;
    }
}
