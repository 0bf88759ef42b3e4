package org.grassroots.rolemodel.internal;

import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * Every message the module shows, from {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) beside this class, rendered in the reader's language (LabelsTest checks both files have the same keys).
 */
public final class RoleModelText {
    static final MessageBundle MESSAGES = MessageBundle.of(RoleModelText.class);

    private RoleModelText() {
    }

    static Message message(String key, Object... args) {
        return MESSAGES.message(key, args);
    }

    /** The message in a language (tests, the shell). */
    public static String in(Locale locale, String key, Object... args) {
        return message(key, args).in(locale);
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return ValidationException.of(field, message(key, args));
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(message(key, args));
    }
}
