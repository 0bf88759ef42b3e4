package org.grassroots.rural.internal;

import java.util.List;

import org.grassroots.core.api.FieldError;

/** The length check every free-text field of a draft gets, collected with the draft's other field errors. */
final class TextFields {
    private TextFields() {
    }

    static void check(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "required"));
            }
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "at most " + max + " characters"));
        }
    }
}
