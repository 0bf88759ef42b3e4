package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.grassroots.core.api.module.LocalizedText;

/**
 * A kept row of an imported payment file that matched no due: who paid what when by which channel, why it was not
 * matched (both languages), and what the secretary did with it ({@code dueId} once matched).
 */
public record UnmatchedPayment(long id, long monthId, long organizationId, String period, int row, String name,
                               BigDecimal amount, LocalDate paidOn, PaymentChannel channel, LocalizedText reason,
                               UnmatchedStatus status, Long dueId, Instant importedAt, String importedBy, Instant resolvedAt,
                               String resolvedBy, String note, long version) {
}
