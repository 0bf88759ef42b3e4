package org.grassroots.membership.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.api.text.Texts;

/**
 * Every message the module shows, from {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) beside this class, through the platform's {@link MessageBundle}: rendered in the reader's language when
 * the answer is written (LabelsTest checks both files have the same keys).
 */
public final class MembershipText {
    static final MessageBundle MESSAGES = MessageBundle.of(MembershipText.class);

    /** One refused field of an input and why, collected so that every refused field is answered at once. */
    public record Refusal(String field, Message reason) {
    }

    private MembershipText() {
    }

    static Message message(String key, Object... args) {
        return MESSAGES.message(key, args);
    }

    /** The message in a language (tests, the shell). */
    public static String in(Locale locale, String key, Object... args) {
        return message(key, args).in(locale);
    }

    /** Both languages of a message, for texts that travel as data (e.g. the reason of an unmatched import row). */
    static LocalizedText both(String key, Object... args) {
        Message m = message(key, args);
        return LocalizedText.of(m.chinese(), m.english());
    }

    static Refusal error(String field, String key, Object... args) {
        return new Refusal(field, message(key, args));
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return ValidationException.of(field, message(key, args));
    }

    /** 422 naming every refused field (call only when there are some). */
    static ValidationException refused(List<Refusal> refusals) {
        ValidationException.Builder builder = ValidationException.builder();
        refusals.forEach(r -> builder.add(r.field(), r.reason()));
        return builder.build();
    }

    /** A single-line text field: stripped, checked (invisible and control characters, length); null when blank. */
    static String line(String value, String field, int max, boolean required, List<Refusal> errors) {
        return checked(value, field, max, required, errors, true);
    }

    /** A multi-line text field (notes, decisions); null when blank. */
    static String text(String value, String field, int max, List<Refusal> errors) {
        return checked(value, field, max, false, errors, false);
    }

    static String required(String value, String field, int max, List<Refusal> errors) {
        return checked(value, field, max, true, errors, false);
    }

    private static String checked(String value, String field, int max, boolean required, List<Refusal> errors, boolean line) {
        if (value == null || Texts.isBlank(value)) {
            if (Texts.looksBlankButIsNot(value == null ? "" : value)) {
                errors.add(new Refusal(field, Texts.invisibleOnly()));
            } else if (required) {
                errors.add(error(field, "field.required"));
            }
            return null;
        }
        String text = Texts.normalize(value).strip();
        Message problem = line ? Texts.singleLineProblem(text) : Texts.problem(text);
        if (problem != null) {
            errors.add(new Refusal(field, problem));
            return null;
        }
        if (text.length() > max) {
            errors.add(error(field, "field.tooLong", max));
            return null;
        }
        return text;
    }

    /** A unit named in a body: in the caller's scope, or a refused field. */
    static Organization unit(ModuleScope scope, Long id, String field, List<Refusal> errors) {
        if (id == null) {
            errors.add(error(field, "field.required"));
            return null;
        }
        Organization unit = scope.referencedUnit(id, field, new ArrayList<FieldError>());
        if (unit == null) {
            errors.add(error(field, "unit.unknown", id));
        }
        return unit;
    }

    /** A date from a query: JPA providers answer aggregates of date columns as {@code java.sql.Date}. */
    static java.time.LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return (java.time.LocalDate) value;
    }

    static NotFoundException notFound(String key, Object... args) {
        return new NotFoundException(message(key, args));
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(message(key, args));
    }
}
