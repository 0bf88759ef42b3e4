package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

public record ExtraDraft(Long memberId, ExtraKind kind, BigDecimal amount, LocalDate paidOn, String note) {
}
