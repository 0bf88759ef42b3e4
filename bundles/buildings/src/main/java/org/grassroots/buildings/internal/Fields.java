package org.grassroots.buildings.internal;

import java.time.LocalDate;

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Texts;

/** The module's input rules for texts and dates, each refusal named by its field (all refused fields at once). */
final class Fields {
    /** The earliest date the module accepts (the zone was founded in 1991). */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private Fields() {
    }

    /** A single-line text of at most {@code max} characters; required or optional. */
    static void text(ValidationException.Builder errors, String field, String value, int max, boolean required) {
        if (required) {
            errors.required(field, value);
        }
        if (value == null || Texts.isBlank(value) && !Texts.looksBlankButIsNot(value)) {
            return;
        }
        errors.singleLine(field, value);
        if (value.trim().length() > max) {
            errors.add(field, BuildingsText.message("text.tooLong", max));
        }
    }

    /** A longer text that may have line breaks (minutes, notes), at most {@code max} characters. */
    static void longText(ValidationException.Builder errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (Texts.problem(value) != null) {
            errors.add(field, Texts.problem(value));
        } else if (value.length() > max) {
            errors.add(field, BuildingsText.message("text.tooLong", max));
        }
    }

    /** A past (or today's) date, not before {@link #EARLIEST}. */
    static void pastDate(ValidationException.Builder errors, String field, LocalDate value, boolean required) {
        if (value == null) {
            if (required) {
                errors.required(field, null);
            }
            return;
        }
        if (value.isAfter(LocalDate.now())) {
            errors.add(field, BuildingsText.message("date.future"));
        } else if (value.isBefore(EARLIEST)) {
            errors.add(field, BuildingsText.message("date.tooEarly", EARLIEST));
        }
    }

    static String trim(String value) {
        return value == null || Texts.isBlank(value) ? null : Texts.normalize(value.trim());
    }
}
