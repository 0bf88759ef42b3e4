package org.grassroots.core.api.annualstats;

import java.time.LocalDate;
import java.util.List;

/**
 * The annual statistics tables of a unit's subtree for a year, as of the year's last day ({@code asOf}).
 *
 * @param members        members of the subtree who had joined by {@code asOf}: every member table sums to it
 * @param organizations  Party organizations of the subtree founded by {@code asOf}
 * @param contributors   modules whose figures are included in the tables of changes (e.g. {@code membership})
 */
public record AnnualTables(long unitId, String unitName, int year, LocalDate asOf, long members,
                           long organizations, List<StatTable> tables, List<String> contributors) {
    public AnnualTables {
        tables = List.copyOf(tables);
        contributors = List.copyOf(contributors);
    }
}
