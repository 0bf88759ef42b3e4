package org.grassroots.dues.internal;

import java.time.LocalDate;
import java.util.List;

/** Paying several dues at once (a branch's collection day); {@code dueIds} of one month or of several. */
public record BulkPayment(List<Long> dueIds, LocalDate paidOn, PaymentChannel channel, String note) {
}
