package org.grassroots.core.internal.io;

import java.util.List;

import org.grassroots.core.api.io.Sheet;

/**
 * A spreadsheet as read, with the cells the reader refused (text rules, length cap). A refused cell is left out of
 * its row and listed here, so that an import reports it together with its other row errors in one answer instead
 * of stopping the file at the first bad cell.
 *
 * @param refusedCells every refused cell with its row, column and reason, in file order
 */
public record ReadSheet(Sheet sheet, List<RowProblem> refusedCells) {
    public ReadSheet {
        refusedCells = List.copyOf(refusedCells);
    }
}
