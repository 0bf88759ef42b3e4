package org.grassroots.dues.internal;

import java.math.BigDecimal;

public record UnitFigures(long unitId, String code, String name, BigDecimal expected, BigDecimal collected,
                          Double ratePercent, long months, long settled) {
}
