package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.api.text.Texts;

/**
 * Every message the module shows, from {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) beside this class, through the platform's {@link MessageBundle}; and the strict reading of text input
 * (single line or multi-line, a length limit, nothing invisible or control characters), collecting every refusal.
 */
public final class PosText {
    static final MessageBundle MESSAGES = MessageBundle.of(PosText.class);

    private PosText() {
    }

    static Message message(String key, Object... args) {
        return MESSAGES.message(key, args);
    }

    /** The message in a language (tests, the shell). */
    public static String in(Locale locale, String key, Object... args) {
        return message(key, args).in(locale);
    }

    static LocalizedText both(String key, Object... args) {
        Message m = message(key, args);
        return LocalizedText.of(m.chinese(), m.english());
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return ValidationException.of(field, message(key, args));
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(message(key, args));
    }

    /**
     * A single-line text: trimmed and in NFC, {@code null} when absent (then refused if required), refused when
     * longer than {@code max} or not storable as a single line.
     */
    static String line(ValidationException.Builder errors, String field, String value, int max, boolean required) {
        return text(errors, field, value, max, required, true);
    }

    /** A multi-line text (notes, plans), as {@link #line} otherwise. */
    static String note(ValidationException.Builder errors, String field, String value, int max, boolean required) {
        return text(errors, field, value, max, required, false);
    }

    private static String text(ValidationException.Builder errors, String field, String value, int max, boolean required,
                               boolean singleLine) {
        if (value == null || Texts.isBlank(value)) {
            if (Texts.looksBlankButIsNot(value)) {
                errors.add(field, Texts.invisibleOnly());
            } else if (required) {
                errors.add(field, message("field.required"));
            }
            return null;
        }
        Message problem = singleLine ? Texts.singleLineProblem(value) : Texts.problem(value);
        if (problem != null) {
            errors.add(field, problem);
            return null;
        }
        String text = Texts.normalize(value.strip());
        if (text.length() > max) {
            errors.add(field, message("field.tooLong", max));
            return null;
        }
        return text;
    }

    /** A number in [min, max] with at most {@code scale} decimals; {@code null} when absent (refused if required). */
    static BigDecimal number(ValidationException.Builder errors, String field, BigDecimal value, BigDecimal min, BigDecimal max,
                             int scale, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(field, message("field.required"));
            }
            return null;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            errors.add(field, message("field.range", min.toPlainString(), max.toPlainString()));
            return null;
        }
        if (value.stripTrailingZeros().scale() > scale) {
            errors.add(field, message("field.scale", scale));
            return null;
        }
        return value;
    }
}
