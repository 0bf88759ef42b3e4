package org.grassroots.dues.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.Labelled;

/**
 * Every message the module shows, from {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) beside this class: one place, so that both languages always exist (LabelsTest checks the keys match).
 */
public final class DuesText {
    private static final Properties EN = load("messages.properties");
    private static final Properties ZH = load("messages_zh.properties");

    private DuesText() {
    }

    /** The message in the language ({@code zh} or anything else for English), {0}… replaced by the arguments. */
    public static String in(Locale locale, String key, Object... args) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        String pattern = (zh ? ZH : EN).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            rendered[i] = arg instanceof Labelled l ? (zh ? l.labels().zhCN() : l.labels().en()) : arg == null ? "" : String.valueOf(arg);
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(rendered);
    }

    /** English and Chinese in one text, until the platform's bilingual messages take these keys. */
    static String text(String key, Object... args) {
        return in(Locale.ENGLISH, key, args) + " / " + in(Locale.CHINESE, key, args);
    }

    static FieldError error(String field, String key, Object... args) {
        return FieldError.of(field, text(key, args));
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(error(field, key, args));
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(text(key, args));
    }

    static Properties keys(String file) {
        return load(file);
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = DuesText.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + file);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
