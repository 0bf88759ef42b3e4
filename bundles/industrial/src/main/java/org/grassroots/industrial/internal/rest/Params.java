package org.grassroots.industrial.internal.rest;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;

/** Query parameters read as text and refused with a 422 naming the allowed values (Jersey would answer 404). */
final class Params {
    private Params() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(FieldError.of(field, "unknown value '" + value + "'; allowed: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    static Integer year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new ValidationException(FieldError.of("year", "must lie between 2000 and 2100"));
        }
        return year;
    }
}
