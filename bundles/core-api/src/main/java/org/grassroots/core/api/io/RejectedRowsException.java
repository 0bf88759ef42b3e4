package org.grassroots.core.api.io;

import java.util.List;

import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.RowError;

/**
 * An import refused as a whole because some cells are wrong; nothing was stored. Answers 422 with every
 * {@link RowError} (row as numbered in Excel, column header, reason) in the problem's {@code rowErrors}.
 */
public class RejectedRowsException extends GrassrootsException {
    private static final long serialVersionUID = 1L;
    private final List<RowError> rowErrors;

    public RejectedRowsException(List<RowError> rowErrors) {
        super(rowErrors.size() + " 处错误，未导入任何数据 / " + rowErrors.size() + " cell(s) refused, nothing was stored");
        if (rowErrors.isEmpty()) {
            throw new IllegalArgumentException("a rejected import names at least one row error");
        }
        this.rowErrors = List.copyOf(rowErrors);
    }

    public List<RowError> rowErrors() {
        return rowErrors;
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
