package org.grassroots.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import org.grassroots.core.api.FieldError;
import org.grassroots.rest.ParamRange;

/**
 * Reads every query parameter of an enum, number, date or year type the same way in every module, and refuses a
 * value it cannot read (or one outside its {@link ParamRange}) with 422 problem+json naming the parameter and what
 * it allows. Without it Jersey answers such values with a bare 404 (or, for an unchecked int, passes the overflow on).
 * <p>
 * A primitive parameter is converted here only when it has a {@code @DefaultValue} (Jersey would inject
 * {@code null} into it when the parameter is absent); others keep Jersey's own reading, which
 * {@link ProblemMappers} also turns into a 422 naming the parameter.
 */
final class QueryParamConverters implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        QueryParam query = find(annotations, QueryParam.class);
        if (query == null || (rawType.isPrimitive() && find(annotations, DefaultValue.class) == null)) {
            return null;
        }
        String name = query.value();
        ParamRange range = find(annotations, ParamRange.class);
        Function<String, ?> reader = reader(rawType, name, range);
        DefaultValue byDefault = find(annotations, DefaultValue.class);
        return reader == null ? null
                : new Converter<T>((Function<String, T>) reader, byDefault == null ? null : byDefault.value());
    }

    private static Function<String, ?> reader(Class<?> type, String name, ParamRange range) {
        if (type == Integer.class || type == int.class) {
            return text -> (int) whole(name, text, range, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Long.class || type == long.class) {
            return text -> whole(name, text, range, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == Short.class || type == short.class) {
            return text -> (short) whole(name, text, range, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (type == LocalDate.class) {
            return text -> {
                try {
                    return LocalDate.parse(text.trim());
                } catch (DateTimeParseException e) {
                    throw refused(name, "cannot read '" + text + "' as a date; expected YYYY-MM-DD, e.g. 2024-05-31");
                }
            };
        }
        if (type == Year.class) {
            return text -> Year.of((int) whole(name, text, range, Year.MIN_VALUE, Year.MAX_VALUE));
        }
        if (type.isEnum()) {
            return enumReader(type, name);
        }
        return null;
    }

    /** A whole number within the parameter's range (its {@link ParamRange}, else the type's). */
    static long whole(String name, String text, ParamRange range, long typeMin, long typeMax) {
        long min = range == null ? typeMin : Math.max(range.min(), typeMin);
        long max = range == null ? typeMax : Math.min(range.max(), typeMax);
        String expected = "a whole number from " + min + " to " + max;
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw refused(name, "cannot read '" + text + "'; expected " + expected);
        }
        if (value < min || value > max) {
            throw refused(name, "must be " + expected + ", was " + value);
        }
        return value;
    }

    /**
     * Enums read with their own {@code fromString} or {@code parse} (which may accept labels) when they declare
     * one, else by name ignoring case.
     */
    private static Function<String, ?> enumReader(Class<?> type, String name) {
        Method own = staticReader(type, "fromString");
        Method parse = own != null ? own : staticReader(type, "parse");
        String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        return text -> {
            Object value = null;
            if (parse != null) {
                try {
                    value = parse.invoke(null, text);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    value = null;
                }
            } else {
                String t = text.trim();
                value = Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equalsIgnoreCase(t))
                        .findFirst().orElse(null);
            }
            if (value == null) {
                throw refused(name, "unknown value '" + text + "'; allowed: " + allowed);
            }
            return value;
        };
    }

    private static Method staticReader(Class<?> type, String methodName) {
        try {
            Method m = type.getMethod(methodName, String.class);
            return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Thrown as a WebApplicationException so that Jersey passes it through instead of answering 404. */
    static WebApplicationException refused(String name, String reason) {
        return new WebApplicationException(Problem.response(422, "Validation failed", name + ": " + reason,
                List.of(FieldError.of(name, reason))));
    }

    private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
        for (Annotation a : annotations) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }

    private static final class Converter<T> implements ParamConverter<T> {
        private final Function<String, T> reader;
        private final String byDefault;

        Converter(Function<String, T> reader, String byDefault) {
            this.reader = reader;
            this.byDefault = byDefault;
        }

        @Override
        public T fromString(String value) {
            // an empty ?year= means "not given", as it did before
            if (value == null || value.isBlank()) {
                return byDefault == null || byDefault.isBlank() ? null : reader.apply(byDefault);
            }
            return reader.apply(value);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
