package org.grassroots.affairs.internal;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * The module's user-visible messages, by key, from {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Chinese) beside this class, rendered in the caller's language when answered.
 * Every refusal the module answers goes through here.
 */
final class AffairsText {
    private static final MessageBundle MESSAGES = MessageBundle.of(AffairsText.class);

    private AffairsText() {
    }

    static Message message(String key, Object... args) {
        return MESSAGES.message(key, args);
    }

    /** The English text (tests, logs). */
    static String en(String key, Object... args) {
        return message(key, args).english();
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(message(key, args));
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return ValidationException.of(field, message(key, args));
    }

    static FieldErrors errors() {
        return new FieldErrors();
    }
}
