package org.grassroots.core.internal.io;

import java.util.List;

import org.grassroots.core.api.RowError;

/**
 * The result of parsing one spreadsheet row. When {@code errors} is not empty the value is incomplete:
 * every cell that could not be parsed is null in it and named in an error.
 */
public record ParsedRow<T>(int rowNumber, T value, List<RowError> errors) {
    public ParsedRow {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
