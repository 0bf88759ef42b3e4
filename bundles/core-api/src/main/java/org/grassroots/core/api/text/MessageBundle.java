package org.grassroots.core.api.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * One module's messages: {@code messages.properties} (English, the fallback) and {@code messages_zh.properties}
 * (Chinese) in the package of an anchor class, read with that class's class loader, so each bundle's messages
 * come and go with the bundle. Property files are read as UTF-8.
 *
 * <p>In a text, {@code {0}}, {@code {1}}, ... are replaced by the arguments: a {@link Message}, a
 * {@link Labelled} value or a {@link LocalizedText} renders in the reader's language, anything else with
 * {@link String#valueOf(Object)} (no number grouping: an id 8201 stays {@code 8201}). A key missing from the
 * Chinese file falls back to English; a key missing from both renders as the key, so a typo shows and does not
 * fail the request.
 */
public final class MessageBundle {
    private static final ResourceBundle.Control NO_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    private MessageBundle(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The messages beside {@code anchor}: {@code <its package>/messages*.properties}. */
    public static MessageBundle of(Class<?> anchor) {
        return of(anchor, "messages");
    }

    /** The messages named {@code name} in the package of {@code anchor}. */
    public static MessageBundle of(Class<?> anchor, String name) {
        Objects.requireNonNull(anchor, "anchor");
        String pkg = anchor.getPackageName();
        return new MessageBundle(pkg.isEmpty() ? name : pkg + "." + name, anchor.getClassLoader());
    }

    /** The message {@code key} with {@code args}, rendered when it is read. */
    public Message message(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        Object[] copy = args == null ? new Object[0] : args.clone();
        return locale -> format(template(key, locale), copy, locale);
    }

    /** Whether {@code key} is defined in English (every key must be). */
    public boolean has(String key) {
        try {
            return bundle(Languages.ENGLISH).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /**
     * The keys defined in one language only (English without Chinese, or Chinese without English), for a module's
     * unit test: every message a user can read exists in both. Empty when both files are complete.
     */
    public Set<String> untranslated() {
        Properties english = read(baseName.replace('.', '/') + ".properties");
        Properties chinese = read(baseName.replace('.', '/') + "_zh.properties");
        Set<String> keys = new TreeSet<>();
        english.stringPropertyNames().stream().filter(k -> !chinese.containsKey(k)).forEach(keys::add);
        chinese.stringPropertyNames().stream().filter(k -> !english.containsKey(k)).forEach(keys::add);
        return keys;
    }

    private Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }

    private String template(String key, Locale locale) {
        Locale language = Languages.isEnglish(locale) ? Locale.ROOT : Languages.ZH_CN;
        try {
            ResourceBundle bundle = bundle(language);
            return bundle.containsKey(key) ? bundle.getString(key) : key;
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, loader, NO_LOCALE_FALLBACK);
    }

    static String format(String template, Object[] args, Locale locale) {
        if (args.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && isDigits(template, i + 1, close)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                out.append(index < args.length ? render(args[index], locale) : template.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String render(Object arg, Locale locale) {
        if (arg instanceof Message message) {
            return message.in(locale);
        }
        if (arg instanceof Labelled labelled) {
            LocalizedText labels = labelled.labels();
            return Languages.isEnglish(locale) ? labels.en() : labels.zhCN();
        }
        if (arg instanceof LocalizedText text) {
            return Languages.isEnglish(locale) ? text.en() : text.zhCN();
        }
        if (arg instanceof Collection<?> items) {
            // a list of choices or codes, each read in the language, joined with the language's list separator
            boolean english = Languages.isEnglish(locale);
            if (items.isEmpty()) {
                return english ? "nothing" : "无";
            }
            List<String> parts = new ArrayList<>(items.size());
            items.forEach(item -> parts.add(render(item, locale)));
            return String.join(english ? ", " : "、", parts);
        }
        return String.valueOf(arg);
    }
}
