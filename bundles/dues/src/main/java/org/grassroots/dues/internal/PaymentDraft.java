package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment of one due: the amount must equal the amount due (more goes to voluntary extra dues). */
public record PaymentDraft(LocalDate paidOn, PaymentChannel channel, BigDecimal amount, String note) {
}
