package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record Extra(long id, long memberId, String memberName, long organizationId, ExtraKind kind, BigDecimal amount,
                    LocalDate paidOn, String note, Instant recordedAt, String recordedBy, long version) {
}
