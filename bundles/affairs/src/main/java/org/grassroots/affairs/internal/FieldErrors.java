package org.grassroots.affairs.internal;

import org.grassroots.core.api.ValidationException;

/** Refused fields collected before anything is stored; {@link #throwIfAny()} answers 422 naming all of them. */
final class FieldErrors {
    private final ValidationException.Builder errors = ValidationException.builder();

    FieldErrors add(String field, String key, Object... args) {
        errors.add(field, AffairsText.TEXT.message(key, args));
        return this;
    }

    /** A single line of at most {@code max} characters (core-api's text rules), trimmed; null when refused or absent. */
    String line(String field, String value, int max, boolean required) {
        return errors.line(field, value, max, required);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        errors.throwIfAny();
    }
}
