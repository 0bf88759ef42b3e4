package org.grassroots.core.internal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.UnreadableSpreadsheetException;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.Texts;

/**
 * Turns positional rows into header-keyed rows: the first non-blank row is the header, unless it is a title above
 * it ({@link #isTitleAbove}). Refuses the file at once when
 * it is absurd (too many rows, too many columns, no header, no data), and lists the single cells it refuses (text
 * rules, overlong) so that one answer names every bad cell.
 */
final class SheetCollector {
    /** The header cell's column name when the header itself was refused; errors point at it as "?". */
    private static final String UNNAMED = "?";
    /** A title above the header is one merged cell, or a few group headings. */
    private static final int MAX_TITLE_CELLS = 3;

    private final int maxRows;
    private final int maxColumns;
    private final int maxCellLength;
    private final List<SheetRow> rows = new ArrayList<>();
    private final List<RowProblem> refusedCells = new ArrayList<>();
    /** Header per column index; null where the header cell is blank or refused (such columns are ignored). */
    private List<String> columnHeaders;
    private List<String> headers;
    /** The first non-blank row, held until the next shows whether it is the header or a title above it. */
    private List<String> pendingHeader;
    private int pendingHeaderRow;

    SheetCollector(int maxRows, int maxColumns, int maxCellLength) {
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
        this.maxCellLength = maxCellLength;
    }

    void add(int rowNumber, List<String> values) {
        int used = usedColumns(values);
        if (used == 0) {
            return;
        }
        if (used > maxColumns) {
            // checked on every row, the header first: a sheet this wide is not one of ours, and reading on is waste
            throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("file.tooManyColumns", rowNumber,
                    used, maxColumns));
        }
        if (headers == null) {
            if (pendingHeader == null || isTitleAbove(pendingHeader, values)) {
                pendingHeader = values;
                pendingHeaderRow = rowNumber;
                return;
            }
            readHeader(pendingHeaderRow, pendingHeader);
        }
        if (rows.size() == maxRows) {
            throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("file.tooManyRows", maxRows));
        }
        Map<String, String> cells = new HashMap<>();
        for (int column = 0; column < Math.min(values.size(), columnHeaders.size()); column++) {
            String header = columnHeaders.get(column);
            String value = header == null ? null : cleanCell(rowNumber, header, values.get(column));
            if (value != null && !value.isEmpty()) {
                cells.put(header, value);
            }
        }
        rows.add(new SheetRow(rowNumber, cells));
    }

    private void readHeader(int rowNumber, List<String> values) {
        columnHeaders = new ArrayList<>(values.size());
        headers = new ArrayList<>(values.size());
        for (String value : values) {
            String header = cleanCell(rowNumber, UNNAMED, value);
            if (header == null || header.isEmpty()) {
                columnHeaders.add(null);
                continue;
            }
            if (headers.contains(header)) {
                throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("header.repeated", rowNumber, header));
            }
            columnHeaders.add(header);
            headers.add(header);
        }
    }

    /**
     * Whether {@code title}, the first non-blank row so far, is a title or a row of group headings above the real
     * header {@code next} (in XLSX usually merged across the columns: "某某党支部党员名册", or "基本信息" over six columns)
     * rather than the header itself: it has at most {@value #MAX_TITLE_CELLS} non-blank cells, and the next row at least
     * three times as many.
     */
    private static boolean isTitleAbove(List<String> title, List<String> next) {
        long titleCells = title.stream().filter(v -> !v.isBlank()).count();
        long nextCells = next.stream().filter(v -> !v.isBlank()).count();
        return titleCells <= MAX_TITLE_CELLS && nextCells >= 3 * titleCells && nextCells >= 3;
    }

    ReadSheet finish() {
        if (headers == null && pendingHeader != null) {
            readHeader(pendingHeaderRow, pendingHeader);
        }
        if (headers == null) {
            throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("header.none"));
        }
        if (rows.isEmpty()) {
            throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("file.noRows"));
        }
        return new ReadSheet(new Sheet(headers, rows), refusedCells);
    }

    /**
     * A cell's text under the same rules as text in a JSON body (core-api {@link Texts}): stripped, in NFC; null,
     * and listed with its row and column, when it is longer than the cap, holds control or direction characters,
     * unpaired surrogates or a flood of combining marks, or consists only of invisible characters.
     */
    private String cleanCell(int rowNumber, String header, String raw) {
        if (raw.length() > maxCellLength) {
            refusedCells.add(new RowProblem(rowNumber, header,
                    ColumnLayout.MESSAGES.message("cell.tooLong", raw.length(), maxCellLength)));
            return null;
        }
        String value = Texts.normalize(raw.strip());
        Message problem = Texts.problem(value);
        if (problem == null && Texts.looksBlankButIsNot(value)) {
            problem = Texts.invisibleOnly();
        }
        if (problem != null) {
            refusedCells.add(new RowProblem(rowNumber, header, problem));
            return null;
        }
        return value;
    }

    /** The columns up to the last non-blank cell (blank cells after it, which spreadsheet programs write, don't count). */
    private static int usedColumns(List<String> values) {
        for (int column = values.size() - 1; column >= 0; column--) {
            if (!values.get(column).isBlank()) {
                return column + 1;
            }
        }
        return 0;
    }
}
