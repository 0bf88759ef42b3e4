package org.grassroots.affairs.internal;

import org.grassroots.core.api.ValidationException;

/** Refused fields collected before anything is stored; {@link #throwIfAny()} answers 422 naming all of them. */
final class FieldErrors {
    private final ValidationException.Builder errors = ValidationException.builder();

    FieldErrors add(String field, String key, Object... args) {
        errors.add(field, AffairsText.TEXT.message(key, args));
        return this;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        errors.throwIfAny();
    }
}
