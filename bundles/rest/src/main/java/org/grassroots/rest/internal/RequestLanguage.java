package org.grassroots.rest.internal;

import java.util.Locale;

import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * The language the current request is answered in (from its {@code Accept-Language}, Chinese by default), bound
 * to the request's thread by {@link ModuleServlet} for the whole request, so that problem responses written
 * anywhere on the way (the gate, Jersey's mappers, parameter converters) read in the caller's language.
 */
final class RequestLanguage {
    /** rest's own texts: problem titles and the platform's refusals. */
    static final MessageBundle MESSAGES = MessageBundle.of(RequestLanguage.class);
    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private RequestLanguage() {
    }

    static Locale current() {
        Locale locale = CURRENT.get();
        return locale == null ? Languages.ZH_CN : locale;
    }

    static void bind(String acceptLanguage) {
        CURRENT.set(Languages.fromHeader(acceptLanguage));
    }

    static void unbind() {
        CURRENT.remove();
    }

    /** {@code key} of rest's messages, in the current request's language. */
    static String text(String key, Object... args) {
        return MESSAGES.message(key, args).in(current());
    }

    static String text(Message message) {
        return message.in(current());
    }

    /**
     * The title of a problem in the request's language. Titles are short English phrases (exceptions'
     * {@code title()}, e.g. "Not found", "Account locked"); each known one has a translation under
     * {@code title.<phrase in lower case, spaces as dashes>}; an unknown one stays as it is.
     */
    static String title(int status, String given) {
        if (given == null) {
            return String.valueOf(status);
        }
        String key = "title." + given.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return MESSAGES.has(key) ? text(key) : given;
    }
}
