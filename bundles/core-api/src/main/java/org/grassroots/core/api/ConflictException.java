package org.grassroots.core.api;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * The request contradicts the current state: a stale version, a duplicate key, or a unit that still
 * has members or children. Answers 409.
 */
public class ConflictException extends GrassrootsException {
    private static final long serialVersionUID = 1L;
    private static final MessageBundle MESSAGES = MessageBundle.of(ConflictException.class);

    public ConflictException(String message) {
        super(message);
    }

    /** @since 0.2 */
    public ConflictException(Message message) {
        super(message);
    }

    public static ConflictException stale(String type, Object id, long expected, long actual) {
        return new ConflictException(MESSAGES.message("conflict.stale", type, id, expected, actual));
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
