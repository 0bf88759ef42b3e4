package org.grassroots.rest;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * Reads query parameter text the one way every endpoint refuses it: a {@link ValidationException} (422) naming the
 * parameter and what it allows. The REST layer applies it to every {@code @QueryParam} of an enum, number, date
 * or year type before a resource method runs; call it directly only for a parameter taken as text.
 */
public final class QueryParams {
    private static final MessageBundle MESSAGES = MessageBundle.of(QueryParams.class);
    private QueryParams() {
    }

    /** A whole number from {@code min} to {@code max}; {@code null} for no text. */
    public static Long whole(String name, String text, long min, long max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw refused(name, MESSAGES.message("param.whole.unreadable", text, min, max));
        }
        if (value < min || value > max) {
            throw refused(name, MESSAGES.message("param.whole.range", min, max, value));
        }
        return value;
    }

    /** A date {@code YYYY-MM-DD}; {@code null} for no text. */
    public static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw refused(name, MESSAGES.message("param.date.unreadable", text));
        }
    }

    /**
     * A constant of {@code type}, read with the enum's own static {@code fromString} or {@code parse} when it declares
     * one (they may accept labels), else by name ignoring case; {@code null} for no text.
     */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Method own = staticReader(type, "fromString");
        Method parse = own != null ? own : staticReader(type, "parse");
        Object value = null;
        if (parse != null) {
            try {
                value = parse.invoke(null, text);
            } catch (ReflectiveOperationException | RuntimeException e) {
                value = null;
            }
        } else {
            String t = text.trim();
            value = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(t)).findFirst()
                    .orElse(null);
        }
        if (value == null) {
            throw refused(name, MESSAGES.message("param.enum.unknown", text,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }
        return type.cast(value);
    }

    private static Method staticReader(Class<?> type, String methodName) {
        try {
            Method m = type.getMethod(methodName, String.class);
            return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static ValidationException refused(String name, Message reason) {
        return ValidationException.of(name, reason);
    }
}
