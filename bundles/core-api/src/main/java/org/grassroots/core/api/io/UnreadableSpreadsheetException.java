package org.grassroots.core.api.io;

import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.text.Message;

/**
 * A file that cannot be read as a spreadsheet at all (not an XLSX, empty, no header row, too large, unknown
 * encoding). The message is written for the person who uploaded the file: what is wrong and what to do.
 * Problems with single cells are row errors instead ({@link RejectedRowsException}). Answers 422.
 */
public class UnreadableSpreadsheetException extends GrassrootsException {
    private static final long serialVersionUID = 1L;

    public UnreadableSpreadsheetException(String message) {
        super(message);
    }

    public UnreadableSpreadsheetException(String message, Throwable cause) {
        this(message);
        initCause(cause);
    }

    /** @since 0.2 */
    public UnreadableSpreadsheetException(Message message) {
        super(message);
    }

    /** @since 0.2 */
    public UnreadableSpreadsheetException(Message message, Throwable cause) {
        this(message);
        initCause(cause);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Unreadable spreadsheet";
    }
}
