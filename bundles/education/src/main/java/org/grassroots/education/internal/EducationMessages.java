package org.grassroots.education.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * The module's server messages, by key, in {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) beside this class, read through the platform's {@link MessageBundle}: every refusal is rendered in the
 * caller's language. A list argument (e.g. the steps allowed now) is joined in that language too.
 */
final class EducationMessages {
    static final MessageBundle BUNDLE = MessageBundle.of(EducationMessages.class);

    private EducationMessages() {
    }

    static Message message(String key, Object... args) {
        Object[] prepared = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            prepared[i] = args[i] instanceof Collection<?> c ? list(c) : args[i];
        }
        return BUNDLE.message(key, prepared);
    }

    /** The message in one language (tests, logs). */
    static String text(Locale locale, String key, Object... args) {
        return message(key, args).in(locale);
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(message(key, args));
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return ValidationException.of(field, message(key, args));
    }

    /** Labelled codes and texts in the reader's language, joined with the language's list separator. */
    private static Message list(Collection<?> items) {
        List<Object> copy = new ArrayList<>(items);
        return locale -> {
            boolean english = Languages.isEnglish(locale);
            if (copy.isEmpty()) {
                return english ? "nothing" : "无";
            }
            List<String> parts = new ArrayList<>();
            for (Object o : copy) {
                parts.add(o instanceof Labelled l ? (english ? l.labels().en() : l.labels().zhCN())
                        : o instanceof LocalizedText t ? (english ? t.en() : t.zhCN()) : String.valueOf(o));
            }
            return String.join(english ? ", " : "、", parts);
        };
    }
}
