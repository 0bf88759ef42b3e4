package org.grassroots.core.api.io;

import java.util.List;

/**
 * The content of one spreadsheet: its header row and its non-blank data rows.
 *
 * @param headers the trimmed, non-blank header cells in column order
 */
public record Sheet(List<String> headers, List<SheetRow> rows) {
    public Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
