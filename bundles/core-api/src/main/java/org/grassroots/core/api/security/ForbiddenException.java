package org.grassroots.core.api.security;

import org.grassroots.core.api.GrassrootsException;

/** The caller is signed in but lacks the permission for this operation. Answers 403. */
public class ForbiddenException extends GrassrootsException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }

    public static ForbiddenException missing(String permission) {
        return new ForbiddenException("This needs the permission " + permission);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
