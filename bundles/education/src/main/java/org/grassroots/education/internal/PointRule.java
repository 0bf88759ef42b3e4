package org.grassroots.education.internal;

import java.math.BigDecimal;

/** Points a credit source awards per approved study hour; {@code builtIn} until the district sets it. */
public record PointRule(CreditSource source, BigDecimal pointsPerHour, boolean builtIn, Long version) {
}
