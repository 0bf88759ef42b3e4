package org.grassroots.dues.internal;

import java.util.List;

/** The module's panel: the figures in total, per month and per unit directly below. */
public record Dashboard(long unitId, String unitName, int year, String month, DuesFigures total,
                        List<MonthFigures> months, List<UnitFigures> units) {
}
