package org.grassroots.rural.internal;

import org.grassroots.core.api.ValidationException;

/** The length check every free-text field of a draft gets, collected with the draft's other field errors. */
final class TextFields {
    private TextFields() {
    }

    static void check(ValidationException.Builder errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, RuralMessages.TEXT.message("required"));
            }
        } else if (value.length() > max) {
            errors.add(field, RuralMessages.TEXT.message("tooLong", max));
        }
    }
}
