package org.grassroots.education.internal;

import java.util.ArrayList;
import java.util.List;

import org.grassroots.core.api.ValidationException;

/** Collects refused fields and throws them together (422). */
final class FieldErrors {
    private final ValidationException.Builder builder = ValidationException.builder();
    private final List<String> fields = new ArrayList<>();

    FieldErrors add(String field, String key, Object... args) {
        builder.add(field, EducationMessages.TEXT.message(key, args));
        fields.add(field);
        return this;
    }

    /** The refused fields so far, in order. */
    List<String> fields() {
        return fields;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    boolean has(String field) {
        return fields.contains(field);
    }

    void throwIfAny() {
        builder.throwIfAny();
    }
}
