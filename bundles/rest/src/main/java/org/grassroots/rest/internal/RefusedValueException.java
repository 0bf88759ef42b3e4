package org.grassroots.rest.internal;

import org.grassroots.core.api.text.Message;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value of a request body refused for what it is (text with forbidden characters, an implausible number or
 * date), by {@link CleanTextDeserializer} or {@link PlausibleValues}; {@link ProblemMappers.Json} answers it with
 * {@link #reason()}, in the caller's language, naming the field.
 */
final class RefusedValueException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;
    private final transient Message reason;

    RefusedValueException(JsonParser p, Message reason, Class<?> type) {
        super(p, reason.english(), type);
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }
}
