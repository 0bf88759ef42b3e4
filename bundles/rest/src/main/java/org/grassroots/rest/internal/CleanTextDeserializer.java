package org.grassroots.rest.internal;

import java.io.IOException;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.Texts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Every text of every request body, before any module sees it: normalised to NFC, and refused (422 naming the
 * field) when {@link Texts#problem} finds characters that cannot be stored as text. Reading itself, with the strict
 * coercion rules, is Jackson's own {@link StringDeserializer}.
 */
final class CleanTextDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    CleanTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = StringDeserializer.instance.deserialize(p, ctxt);
        Message problem = Texts.problem(text);
        if (problem != null) {
            throw new UnsafeTextException(p, problem);
        }
        if (Texts.looksBlankButIsNot(text)) {
            throw new UnsafeTextException(p, Texts.invisibleOnly());
        }
        return Texts.normalize(text);
    }

    /**
     * A value refused for what it is (text with forbidden characters, an implausible number or date);
     * {@link ProblemMappers.Json} answers it with {@link #reason()}.
     */
    static final class UnsafeTextException extends MismatchedInputException {
        private static final long serialVersionUID = 1L;
        private final transient Message reason;

        UnsafeTextException(JsonParser p, Message reason) {
            this(p, reason, String.class);
        }

        UnsafeTextException(JsonParser p, Message reason, Class<?> type) {
            super(p, reason.english(), type);
            this.reason = reason;
        }

        Message reason() {
            return reason;
        }
    }
}
