package org.grassroots.core.api.annualstats;

import java.util.List;

import org.grassroots.core.api.module.LocalizedText;

/**
 * One table of the annual statistics (one sheet of the XLSX): its id (e.g. {@code members.sex}), title, the
 * heading of its key column, its rows and their total.
 */
public record StatTable(String id, LocalizedText title, LocalizedText keyHeading, List<StatRow> rows, long total) {
    public StatTable {
        rows = List.copyOf(rows);
    }

    public static StatTable of(String id, LocalizedText title, LocalizedText keyHeading, List<StatRow> rows) {
        return new StatTable(id, title, keyHeading, rows, rows.stream().mapToLong(StatRow::count).sum());
    }
}
