package org.grassroots.education.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;

/**
 * The module's server messages, by key, in {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) beside this class. Every refusal the module answers goes through here, so the texts live in one pair
 * of files. Until the platform's bilingual exceptions are available the answer carries both languages.
 */
final class Texts {
    private static final Properties EN = load("messages.properties");
    private static final Properties ZH = load("messages_zh.properties");

    private Texts() {
    }

    /** The message in one language ({@link Locale#ENGLISH} or Chinese for anything else). */
    static String text(Locale locale, String key, Object... args) {
        Properties source = locale != null && "en".equals(locale.getLanguage()) ? EN : ZH;
        String pattern = source.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        boolean english = source == EN;
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = render(args[i], english);
        }
        return new MessageFormat(pattern, english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE).format(shown);
    }

    /** Labelled codes and lists of them in the message's language; numbers stay numbers. */
    private static Object render(Object arg, boolean english) {
        if (arg instanceof org.grassroots.core.api.module.Labelled l) {
            return english ? l.labels().en() : l.labels().zhCN();
        }
        if (arg instanceof org.grassroots.core.api.module.LocalizedText t) {
            return english ? t.en() : t.zhCN();
        }
        if (arg instanceof java.util.Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(o -> parts.add(String.valueOf(render(o, english))));
            return parts.isEmpty() ? (english ? "nothing" : "无") : String.join(english ? ", " : "、", parts);
        }
        if (arg instanceof Long || arg instanceof Integer) {
            return String.valueOf(arg); // ids: no grouping separators
        }
        return arg;
    }

    /** Both languages, Chinese first. */
    static String both(String key, Object... args) {
        return text(Locale.SIMPLIFIED_CHINESE, key, args) + " / " + text(Locale.ENGLISH, key, args);
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(both(key, args));
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(FieldError.of(field, both(key, args)));
    }

    static boolean hasKey(String key) {
        return EN.containsKey(key) && ZH.containsKey(key);
    }

    static java.util.Set<String> keys(boolean english) {
        return (english ? EN : ZH).stringPropertyNames();
    }

    /** Collects refused fields and throws them together (422). */
    static final class Errors {
        private final List<FieldError> errors = new ArrayList<>();

        Errors add(String field, String key, Object... args) {
            errors.add(FieldError.of(field, both(key, args)));
            return this;
        }

        /** Adds the refusals another check collected (e.g. {@code ModuleScope.referencedUnit}). */
        List<FieldError> raw() {
            return errors;
        }

        boolean isEmpty() {
            return errors.isEmpty();
        }

        boolean has(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
