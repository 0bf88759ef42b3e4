package org.grassroots.dues.internal;

import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * Every message the module shows, from {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) beside this class, through the platform's {@link MessageBundle}: rendered in the reader's language when
 * the answer is written (LabelsTest checks both files have the same keys).
 */
public final class DuesText {
    static final MessageBundle MESSAGES = MessageBundle.of(DuesText.class);

    private DuesText() {
    }

    static Message message(String key, Object... args) {
        return MESSAGES.message(key, args);
    }

    /** The message in a language (tests, the shell). */
    public static String in(Locale locale, String key, Object... args) {
        return message(key, args).in(locale);
    }

    /** Both languages of a message, for texts that travel as data (e.g. the reason of an unmatched import row). */
    static LocalizedText both(String key, Object... args) {
        Message m = message(key, args);
        return LocalizedText.of(m.chinese(), m.english());
    }

    static Refusal error(String field, String key, Object... args) {
        return new Refusal(field, message(key, args));
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return ValidationException.of(field, message(key, args));
    }

    /** 422 naming every refused field (call only when there are some). */
    static ValidationException refused(List<Refusal> refusals) {
        ValidationException.Builder builder = ValidationException.builder();
        refusals.forEach(r -> builder.add(r.field(), r.reason()));
        return builder.build();
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(message(key, args));
    }
}
