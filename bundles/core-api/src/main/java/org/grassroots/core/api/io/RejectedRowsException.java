package org.grassroots.core.api.io;

import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.RowError;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * An import refused as a whole because some cells are wrong; nothing was stored. Answers 422 with every
 * {@link RowError} (row as numbered in Excel, column header, reason) in the problem's {@code rowErrors}, the reasons
 * in the caller's language ({@link #rowErrors(Locale)}) where they were given as {@link Message}s
 * ({@link RowReader#reject(SheetRow, String, Message)}).
 */
public class RejectedRowsException extends GrassrootsException {
    private static final long serialVersionUID = 1L;
    static final MessageBundle MESSAGES = MessageBundle.of(RejectedRowsException.class);
    private final transient List<Cell> cells;

    /** One refused cell with its reason in both languages. */
    record Cell(int row, String column, Message reason) {
        RowError in(Locale locale) {
            return new RowError(row, column, reason.in(locale));
        }
    }

    public RejectedRowsException(List<RowError> rowErrors) {
        this(rowErrors.stream().map(e -> new Cell(e.row(), e.column(), Message.plain(e.reason()))).toList(), true);
    }

    RejectedRowsException(List<Cell> cells, boolean marker) {
        super(MESSAGES.message("rejected", cells.size()));
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a rejected import names at least one row error");
        }
        this.cells = List.copyOf(cells);
    }

    /** The refused cells, reasons in Chinese (as {@link RowReader} wrote them before it had two languages). */
    public List<RowError> rowErrors() {
        return rowErrors(Languages.ZH_CN);
    }

    /** The refused cells with their reasons in {@code locale}. @since 0.2 */
    public List<RowError> rowErrors(Locale locale) {
        return cells.stream().map(c -> c.in(locale)).toList();
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Rows refused";
    }
}
