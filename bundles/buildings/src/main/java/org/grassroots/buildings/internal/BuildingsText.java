package org.grassroots.buildings.internal;

import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * Every message the module shows, from {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) beside this class, through the platform's {@link MessageBundle} (LabelsTest checks both are complete).
 */
public final class BuildingsText {
    static final MessageBundle MESSAGES = MessageBundle.of(BuildingsText.class);

    private BuildingsText() {
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

    static NotFoundException notFound(String what, long id) {
        return new NotFoundException(message("notFound", message("type." + what), id));
    }
}
