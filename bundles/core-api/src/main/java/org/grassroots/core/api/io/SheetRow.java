package org.grassroots.core.api.io;

import java.util.Map;

/**
 * One data row of a spreadsheet.
 *
 * @param rowNumber the row number the user sees in Excel (the header is row 1, the first data row usually 2)
 * @param cells     trimmed values keyed by trimmed header; empty cells are left out to keep large files small
 */
public record SheetRow(int rowNumber, Map<String, String> cells) {
    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The value under {@code header}, or the empty string when the cell is empty or the column absent. */
    public String value(String header) {
        return cells.getOrDefault(header, "");
    }
}
