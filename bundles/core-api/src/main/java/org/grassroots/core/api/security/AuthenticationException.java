package org.grassroots.core.api.security;

import org.grassroots.core.api.GrassrootsException;

/** No valid credentials. Answers 401; the message never says whether the account exists. */
public class AuthenticationException extends GrassrootsException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Authentication required";
    }
}
