package org.grassroots.core.internal.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * The cells the reader refused ({@link ReadSheet#refusedCells()}) and an import's other problems in one list, by
     * row. A refused cell was left out of its row, so a problem the import then found on the same cell ("required")
     * gives way to the refusal, which says what is really wrong.
     */
    public static List<RowProblem> merged(List<RowProblem> refusedCells, List<RowProblem> others) {
        Set<String> refused = new HashSet<>();
        refusedCells.forEach(cell -> refused.add(cell.row() + "\u0000" + cell.column()));
        List<RowProblem> all = new ArrayList<>(refusedCells);
        others.stream().filter(p -> !refused.contains(p.row() + "\u0000" + p.column())).forEach(all::add);
        all.sort(Comparator.comparingInt(RowProblem::row));
        return all;
    }
}
