package org.grassroots.core.api;

/** The addressed record does not exist (or lies outside the caller's scope). Answers 404. */
public class NotFoundException extends GrassrootsException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String type, Object id) {
        super(type + " " + id + " not found");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
