package org.grassroots.core.internal.io;

/**
 * A file that cannot be read as a spreadsheet at all (not an XLSX, empty, no header row, too large,
 * unknown encoding). The message is meant for the person who uploaded the file, so it says what is wrong
 * and what to do; problems with single cells are reported as row errors instead.
 */
public class SpreadsheetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpreadsheetException(String message) {
        super(message);
    }

    public SpreadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
