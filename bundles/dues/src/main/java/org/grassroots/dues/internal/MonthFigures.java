package org.grassroots.dues.internal;

import java.math.BigDecimal;

public record MonthFigures(String period, BigDecimal expected, BigDecimal collected, Double ratePercent,
                           long organizations, long settled) {
}
