package org.grassroots.core.api;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/** The addressed record does not exist (or lies outside the caller's scope). Answers 404. */
public class NotFoundException extends GrassrootsException {
    private static final long serialVersionUID = 1L;
    private static final MessageBundle MESSAGES = MessageBundle.of(NotFoundException.class);

    /** {@code type} is a technical name (e.g. {@code member}); the reader sees "no such record (member 8201)". */
    public NotFoundException(String type, Object id) {
        super(MESSAGES.message("notFound.record", type, id));
    }

    /** A message that names the record in the reader's words. @since 0.2 */
    public NotFoundException(Message message) {
        super(message);
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
