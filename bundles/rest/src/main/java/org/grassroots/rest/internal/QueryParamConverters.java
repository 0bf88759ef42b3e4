package org.grassroots.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.Function;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.QueryParams;

/**
 * Reads every query parameter of an enum, number, boolean, date or year type the same way in every module (with
 * {@link QueryParams}), and refuses a value it cannot read (or one outside its {@link ParamRange}) with 422
 * problem+json naming the parameter and what it allows. Without it Jersey answers such values with a bare 404 (or, for an unchecked int, passes the overflow on).
 * <p>
 * A primitive parameter is converted here only when it has a {@code @DefaultValue} (Jersey would inject
 * {@code null} into it when the parameter is absent), or is a {@code boolean} (false when absent); others keep Jersey's own reading, which
 * {@link ProblemMappers} also turns into a 422 naming the parameter.
 */
final class QueryParamConverters implements ParamConverterProvider {
    /** QueryParams' texts (the same bundle's messages). */
    private static final MessageBundle MESSAGES = MessageBundle.of(QueryParams.class);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        QueryParam query = find(annotations, QueryParam.class);
        DefaultValue byDefault = find(annotations, DefaultValue.class);
        // a primitive boolean without a default is false when absent, as Jersey would have it
        boolean plainBoolean = rawType == boolean.class && byDefault == null;
        if (query == null || (rawType.isPrimitive() && byDefault == null && !plainBoolean)) {
            return null;
        }
        String name = query.value();
        ParamRange range = find(annotations, ParamRange.class);
        Function<String, ?> reader = reader(rawType, name, range);
        return reader == null ? null : new Converter<T>((Function<String, T>) reader,
                plainBoolean ? "false" : byDefault == null ? null : byDefault.value());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
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
            return text -> refusing(() -> QueryParams.date(name, text));
        }
        if (type == Year.class) {
            return text -> Year.of((int) whole(name, text, range, Year.MIN_VALUE, Year.MAX_VALUE));
        }
        if (type == Boolean.class || type == boolean.class) {
            // Jersey reads anything but "true" as false: overdue=yes would quietly list the requests not overdue
            return text -> refusing(() -> truth(name, text));
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            return text -> refusing(() -> QueryParams.enumValue(enumType, name, text));
        }
        return null;
    }

    /** {@code true} or {@code false} (any case), nothing else. */
    private static Boolean truth(String name, String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.valueOf(t.toLowerCase(java.util.Locale.ROOT));
        }
        throw ValidationException.of(name, MESSAGES.message("param.boolean.unreadable", text));
    }

    /** A whole number within the parameter's range (its {@link ParamRange}, else the type's). */
    private static long whole(String name, String text, ParamRange range, long typeMin, long typeMax) {
        long min = range == null ? typeMin : Math.max(range.min(), typeMin);
        long max = range == null ? typeMax : Math.min(range.max(), typeMax);
        return refusing(() -> QueryParams.whole(name, text, min, max));
    }

    /**
     * Jersey passes a WebApplicationException from a converter on as it is; anything else it would turn into a bare
     * 404 for a query parameter.
     */
    private static <T> T refusing(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            java.util.Locale language = RequestLanguage.current();
            throw new WebApplicationException(Problem.response(422, e.title(), e.message(language), e.errors(language)));
        }
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
