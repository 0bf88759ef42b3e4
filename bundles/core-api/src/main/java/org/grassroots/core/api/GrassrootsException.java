package org.grassroots.core.api;

/** Base of the exceptions the REST layer turns into problem responses. */
public abstract class GrassrootsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected GrassrootsException(String message) {
        super(message);
    }

    /** HTTP status this failure answers with. */
    public abstract int status();

    /** Short, stable problem title. */
    public abstract String title();
}
