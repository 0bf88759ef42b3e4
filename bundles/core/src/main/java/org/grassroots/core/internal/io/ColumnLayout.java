package org.grassroots.core.internal.io;

import org.grassroots.core.api.io.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.grassroots.core.api.RowError;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.MessageBundle;

/**
 * The ordered columns of one kind of spreadsheet and the matching of a file's headers to them. Headers match
 * loosely (case, spaces, underscores and the asterisk people put on required columns are ignored) because
 * files arrive from many hands.
 */
final class ColumnLayout {
    /** The reasons of the io package's refused cells and headers. */
    static final MessageBundle MESSAGES = MessageBundle.of(ColumnLayout.class);

    /** The header row as the user sees it; errors about columns point there. */
    static final int HEADER_ROW = 1;

    private static final Pattern IGNORED_IN_NAMES = Pattern.compile("[\\s_\\-*＊]");

    /** Headers come from uploaded files and a layout lives as long as the bundle, so the memo is bounded. */
    private static final int MAX_REMEMBERED_HEADERS = 1_000;

    private final List<Column> columns;
    private final Map<String, Column> columnsByName = new HashMap<>();
    /** Every row repeats the same few headers, so each is matched once. */
    private final Map<String, Optional<Column>> columnsByFileHeader = new ConcurrentHashMap<>();

    ColumnLayout(List<Column> columns) {
        this.columns = List.copyOf(columns);
        for (Column column : this.columns) {
            register(column.header(), column);
            register(column.field(), column);
            column.aliases().forEach(alias -> register(alias, column));
        }
    }

    private void register(String name, Column column) {
        Column previous = columnsByName.putIfAbsent(normalize(name), column);
        if (previous != null && previous != column) {
            throw new IllegalStateException("\"" + name + "\" names both " + previous.header() + " and " + column.header());
        }
    }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** The header of the column a field is imported from; an unknown field is returned unchanged. */
    String headerFor(String field) {
        Column column = columnsByName.get(normalize(field));
        return column == null ? field : column.header();
    }

    /**
     * Problems with the header row as a whole: a required column missing, or two columns meaning the same
     * thing. Columns the layout does not know are ignored, so people may keep notes next to the data.
     */
    List<RowError> checkHeaders(List<String> fileHeaders) {
        return RowProblem.in(headerProblems(fileHeaders), Languages.ZH_CN);
    }

    /** {@link #checkHeaders(List)} in both languages. */
    List<RowProblem> headerProblems(List<String> fileHeaders) {
        List<RowProblem> errors = new ArrayList<>();
        Map<Column, String> present = new HashMap<>();
        for (String fileHeader : fileHeaders) {
            columnFor(fileHeader).ifPresent(column -> {
                String earlier = present.putIfAbsent(column, fileHeader);
                if (earlier != null) {
                    errors.add(new RowProblem(HEADER_ROW, fileHeader,
                            MESSAGES.message("header.twice", earlier, column.header())));
                }
            });
        }
        for (Column column : columns) {
            if (column.required() && !present.containsKey(column)) {
                errors.add(new RowProblem(HEADER_ROW, column.header(), MESSAGES.message("header.missing", column.header())));
            }
        }
        return errors;
    }

    /** A parser for one row's cells, keyed by this layout's columns instead of the file's headers. */
    CellParser parser(SheetRow row) {
        Map<Column, String> values = new LinkedHashMap<>();
        row.cells().forEach((fileHeader, value) ->
                columnFor(fileHeader).ifPresent(column -> values.putIfAbsent(column, value)));
        return new CellParser(row.rowNumber(), values);
    }

    private Optional<Column> columnFor(String fileHeader) {
        Optional<Column> remembered = columnsByFileHeader.get(fileHeader);
        if (remembered != null) {
            return remembered;
        }
        Optional<Column> column = Optional.ofNullable(columnsByName.get(normalize(fileHeader)));
        if (columnsByFileHeader.size() < MAX_REMEMBERED_HEADERS) {
            columnsByFileHeader.put(fileHeader, column);
        }
        return column;
    }

    private static String normalize(String name) {
        return IGNORED_IN_NAMES.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
