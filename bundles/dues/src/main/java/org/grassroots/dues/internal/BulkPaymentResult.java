package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.util.List;

/** How many dues were paid and for how much; {@code skipped}: the listed dues that were paid or exempt already. */
public record BulkPaymentResult(int paid, BigDecimal amount, List<Long> skipped) {
}
