package org.grassroots.core.internal.validation;

import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Message;

/**
 * One refused field with its reason in both languages: a service turns refusals into a
 * {@link ValidationException} (read in the caller's language), an import into row errors in the language of the
 * request that uploaded the file.
 */
public record Refusal(String field, Message reason) {

    public FieldError in(Locale locale) {
        return FieldError.of(field, reason.in(locale));
    }

    /** The refusals as one 422, or nothing when there are none. */
    public static void throwIfAny(List<Refusal> refusals) {
        ValidationException.Builder builder = ValidationException.builder();
        refusals.forEach(r -> builder.add(r.field(), r.reason()));
        builder.throwIfAny();
    }

    /** The refusals in English, as {@link FieldError}s were written before they had two languages. */
    public static List<FieldError> english(List<Refusal> refusals) {
        return refusals.stream().map(r -> r.in(Locale.ENGLISH)).toList();
    }
}
