package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record Due(long id, long monthId, long memberId, String memberName, long organizationId, String period,
                  DuesCategory category, BigDecimal amountDue, DueStatus status, BigDecimal paidAmount,
                  LocalDate paidOn, PaymentChannel channel, boolean backPayment, Instant recordedAt,
                  String recordedBy, String note, long version) {
}
