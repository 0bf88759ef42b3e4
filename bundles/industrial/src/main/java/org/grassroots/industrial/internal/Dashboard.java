package org.grassroots.industrial.internal;

import java.util.List;

public record Dashboard(long unitId, String unitName, int year, Figures total, List<GridFigures> grids) {
}
