package org.grassroots.core.api;

/**
 * The request contradicts the current state: a stale version, a duplicate key, or a unit that still
 * has members or children. Answers 409.
 */
public class ConflictException extends GrassrootsException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException stale(String type, Object id, long expected, long actual) {
        return new ConflictException(type + " " + id + " was changed by someone else (your version " + expected
                + ", current " + actual + "); reload and try again");
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
