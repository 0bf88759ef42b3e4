package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.Texts;

/**
 * The module's input rules for texts and dates, adding every refusal to one builder so that a 422 names every
 * refused field at once: texts trimmed and NFC-normalized, refused when they hold control or direction characters or
 * only invisible ones, single-line values without line breaks, lengths in characters; dates not in the future and
 * not before 2000.
 */
final class Inputs {
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private Inputs() {
    }

    /** A single-line text (a name, a title). */
    static String line(ValidationException.Builder errors, String field, String value, int max, boolean required) {
        return text(errors, field, value, max, required, true);
    }

    /** A text that may span lines (deeds, notes, contents). */
    static String text(ValidationException.Builder errors, String field, String value, int max, boolean required) {
        return text(errors, field, value, max, required, false);
    }

    private static String text(ValidationException.Builder errors, String field, String value, int max, boolean required,
                               boolean singleLine) {
        String v = value == null ? null : Texts.normalize(value.strip());
        if (v == null || v.isEmpty() || Texts.isBlank(v)) {
            if (v != null && Texts.looksBlankButIsNot(value)) {
                errors.add(field, Texts.invisibleOnly());
            } else if (required) {
                errors.required(field, null);
            }
            return null;
        }
        Message problem = singleLine ? Texts.singleLineProblem(v) : Texts.problem(v);
        if (problem != null) {
            errors.add(field, problem);
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            errors.add(field, RoleModelText.message("field.tooLong", max));
            return null;
        }
        return v;
    }

    /** A date that has taken place: not after today, not before 2000. */
    static LocalDate past(ValidationException.Builder errors, String field, LocalDate date, boolean required) {
        if (date == null) {
            if (required) {
                errors.required(field, null);
            }
            return null;
        }
        if (date.isAfter(LocalDate.now())) {
            errors.add(field, RoleModelText.message("date.future"));
            return null;
        }
        if (date.isBefore(EARLIEST)) {
            errors.add(field, RoleModelText.message("date.tooEarly", EARLIEST));
            return null;
        }
        return date;
    }

    /** A date of a plan or period: from 2000 to ten years ahead. */
    static LocalDate plausible(ValidationException.Builder errors, String field, LocalDate date, boolean required) {
        if (date == null) {
            if (required) {
                errors.required(field, null);
            }
            return null;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LocalDate.now().plusYears(10))) {
            errors.add(field, RoleModelText.message("date.range", EARLIEST, LocalDate.now().plusYears(10)));
            return null;
        }
        return date;
    }

    /** A year of the module's records: 2000 to next year. */
    static Integer year(ValidationException.Builder errors, String field, Integer year, boolean required) {
        if (year == null) {
            if (required) {
                errors.required(field, null);
            }
            return null;
        }
        int max = LocalDate.now().getYear() + 1;
        if (year < 2000 || year > max) {
            errors.add(field, RoleModelText.message("year.range", 2000, max));
            return null;
        }
        return year;
    }
}
