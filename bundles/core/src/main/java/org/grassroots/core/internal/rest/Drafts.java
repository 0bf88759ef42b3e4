package org.grassroots.core.internal.rest;

import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;

/** Refuses requests that carry no body or omit a required value, before any service is called. */
final class Drafts {
    private Drafts() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.of("body", CoreMessages.message("body.required"));
        }
        return body;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw ValidationException.of(field, CoreMessages.message("required"));
        }
        return value;
    }
}
