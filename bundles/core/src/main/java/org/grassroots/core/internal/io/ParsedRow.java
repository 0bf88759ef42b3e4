package org.grassroots.core.internal.io;

import java.util.List;

import org.grassroots.core.api.RowError;
import org.grassroots.core.api.text.Languages;

/**
 * The result of parsing one spreadsheet row. When {@code problems} is not empty the value is incomplete:
 * every cell that could not be parsed is null in it and named in a problem.
 */
public record ParsedRow<T>(int rowNumber, T value, List<RowProblem> problems) {
    public ParsedRow {
        problems = List.copyOf(problems);
    }

    /** The problems in Chinese, the language of the people who fix the files. */
    public List<RowError> errors() {
        return RowProblem.in(problems, Languages.ZH_CN);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
