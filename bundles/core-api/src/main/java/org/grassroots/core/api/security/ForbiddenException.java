package org.grassroots.core.api.security;

import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/** The caller is signed in but lacks the permission for this operation. Answers 403. */
public class ForbiddenException extends GrassrootsException {
    private static final long serialVersionUID = 1L;
    private static final MessageBundle MESSAGES = MessageBundle.of(ForbiddenException.class);

    public ForbiddenException(String message) {
        super(message);
    }

    /** @since 0.2 */
    public ForbiddenException(Message message) {
        super(message);
    }

    public static ForbiddenException missing(String permission) {
        return new ForbiddenException(MESSAGES.message("forbidden.missingPermission", permission));
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
