package org.grassroots.dues.internal;

import java.math.BigDecimal;

/** {@code baseAmount} as text (a masked value means unchanged); {@code fixedAmount} for fixed categories. */
public record MemberBaseDraft(Long memberId, Integer year, DuesCategory category, String baseAmount, BigDecimal fixedAmount,
                              String note) {
}
