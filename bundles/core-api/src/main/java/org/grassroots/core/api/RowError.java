package org.grassroots.core.api;

/**
 * Why one cell of an imported file was refused. {@code row} is the spreadsheet row number as the user
 * sees it (the header is row 1); {@code column} is the header text of the column.
 */
public record RowError(int row, String column, String reason) {
}
