package org.grassroots.core.internal;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * Core's messages about its records (members, units, accounts, modules, ...) and the refusals every service of
 * core gives alike. A record type reads as itself in English ("member 8201 not found", as before) and by its
 * Chinese name where one is known ("找不到党员 8201").
 */
public final class CoreMessages {
    public static final MessageBundle MESSAGES = MessageBundle.of(CoreMessages.class);

    private CoreMessages() {
    }

    public static Message message(String key, Object... args) {
        return MESSAGES.message(key, args);
    }

    /** The name of a record type: the type itself in English, its {@code type.<type>} text in Chinese. */
    public static Message type(String type) {
        String key = "type." + type;
        return locale -> Languages.isEnglish(locale) || !MESSAGES.has(key) ? type : MESSAGES.message(key).in(locale);
    }

    public static NotFoundException notFound(String type, Object id) {
        return new NotFoundException(MESSAGES.message("notFound", type(type), id));
    }

    public static ConflictException stale(String type, Object id, long expected, long actual) {
        return new ConflictException(MESSAGES.message("conflict.stale", type(type), id, expected, actual));
    }

}
