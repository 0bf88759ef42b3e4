package org.grassroots.core.internal.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.io.RowReader;

/**
 * Reads typed values from the cells of one row and collects a {@link RowError} for each cell that cannot be
 * read, so that one pass reports every problem of the row instead of the first.
 */
final class CellParser {

    private static final Pattern TAG_SEPARATORS = Pattern.compile("[;；、]");

    private final int rowNumber;
    private final Map<Column, String> values;
    private final List<RowProblem> errors = new ArrayList<>();

    CellParser(int rowNumber, Map<Column, String> values) {
        this.rowNumber = rowNumber;
        this.values = values;
    }

    int rowNumber() {
        return rowNumber;
    }

    List<RowProblem> problems() {
        return List.copyOf(errors);
    }

    /** The cell's text, or null when it is empty (an error too if the column is required). */
    String text(Column column) {
        String value = values.get(column);
        if (value == null || value.isBlank()) {
            if (column.required()) {
                fail(column, ColumnLayout.MESSAGES.message("cell.required"));
            }
            return null;
        }
        return value;
    }

    LocalDate date(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = RowReader.parseDate(text);
        if (date.isEmpty()) {
            fail(column, ColumnLayout.MESSAGES.message("cell.date", text));
        }
        return date.orElse(null);
    }

    /**
     * An enum constant by its Chinese label or its name, through the API's own {@code parse}; the error lists
     * the labels a user may write.
     */
    <E extends Enum<E>> E choice(Column column, Class<E> type, Function<String, E> parse, Function<E, String> label) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        E value = parse.apply(text);
        if (value == null) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining("、"));
            fail(column, ColumnLayout.MESSAGES.message("cell.choice", text, allowed));
        }
        return value;
    }

    /** Tags separated by ; ； or 、 (whichever the user's keyboard gave them); empty cell → no tags. */
    Set<String> tags(Column column) {
        String text = text(column);
        if (text == null) {
            return Set.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : TAG_SEPARATORS.split(text)) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return tags;
    }

    private void fail(Column column, Message reason) {
        errors.add(new RowProblem(rowNumber, column.header(), reason));
    }
}
