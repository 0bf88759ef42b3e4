package org.grassroots.core.internal.backup;

import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.text.Message;

/** A backup that could not be made (no copier for the database, a full disk, ...): 503 with the reason. */
public class BackupException extends GrassrootsException {
    private static final long serialVersionUID = 1L;

    public BackupException(Message message, Throwable cause) {
        super(message);
        initCause(cause);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Backup failed";
    }
}
