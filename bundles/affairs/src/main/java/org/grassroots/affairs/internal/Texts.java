package org.grassroots.affairs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.Labelled;

/**
 * The module's user-visible messages, by key, from {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Chinese) beside this class. Every refusal the module answers goes through here.
 */
final class Texts {
    private static final Properties ENGLISH = load("messages.properties");

    private Texts() {
    }

    /** The English text of {@code key} with its arguments ({@code {0}}, {@code {1}}; labels in English). */
    static String en(String key, Object... args) {
        String pattern = ENGLISH.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Labelled l ? l.labels().en() : args[i] == null ? "" : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''")).format(rendered);
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(en(key, args));
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(FieldError.of(field, en(key, args)));
    }

    static Errors errors() {
        return new Errors();
    }

    /** Refused fields collected before anything is stored; {@link #throwIfAny()} answers 422 naming all of them. */
    static final class Errors {
        private final List<FieldError> errors = new ArrayList<>();

        Errors add(String field, String key, Object... args) {
            errors.add(FieldError.of(field, en(key, args)));
            return this;
        }

        boolean isEmpty() {
            return errors.isEmpty();
        }

        List<FieldError> list() {
            return errors;
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
