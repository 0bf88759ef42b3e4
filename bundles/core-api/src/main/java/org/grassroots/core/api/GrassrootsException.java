package org.grassroots.core.api;

import java.util.Locale;

import org.grassroots.core.api.text.Message;

/**
 * Base of the exceptions the REST layer turns into problem responses. Its {@link #message() message} is what the
 * caller reads, in the caller's language; {@link #getMessage()} is the English text, for logs.
 */
public abstract class GrassrootsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    /** An English-only message (the older form; prefer {@link #GrassrootsException(Message)}). */
    protected GrassrootsException(String message) {
        super(message);
        this.message = Message.plain(message);
    }

    /** @since 0.2 */
    protected GrassrootsException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** HTTP status this failure answers with. */
    public abstract int status();

    /** Short, stable problem title. */
    public abstract String title();

    /** What the caller reads, in any language. @since 0.2 */
    public Message message() {
        return message != null ? message : Message.plain(String.valueOf(getMessage()));
    }

    /** What the caller reads, in {@code locale}. @since 0.2 */
    public String message(Locale locale) {
        return message().in(locale);
    }
}
