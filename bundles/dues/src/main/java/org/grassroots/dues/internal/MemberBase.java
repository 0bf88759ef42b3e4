package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.Instant;

public record MemberBase(long id, long memberId, String memberName, long organizationId, String organizationName, int year,
                         DuesCategory category, String baseAmount, BigDecimal fixedAmount, BigDecimal monthlyAmount,
                         String note, Instant confirmedAt, String confirmedBy, long version) {
}
