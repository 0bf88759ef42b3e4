package org.grassroots.core.internal.io;

import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.RowError;
import org.grassroots.core.api.text.Message;

/**
 * Why one cell of an imported file was refused, in both languages. An import collects these and writes them as
 * {@link RowError}s in the language of the request that uploaded the file, since its report is read later.
 */
public record RowProblem(int row, String column, Message reason) {

    public RowError in(Locale locale) {
        return new RowError(row, column, reason.in(locale));
    }

    public static List<RowError> in(List<RowProblem> problems, Locale locale) {
        return problems.stream().map(p -> p.in(locale)).toList();
    }
}
