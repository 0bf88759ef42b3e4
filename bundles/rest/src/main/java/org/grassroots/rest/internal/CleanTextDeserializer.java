package org.grassroots.rest.internal;

import java.io.IOException;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.Texts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

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
            throw new RefusedValueException(p, problem, String.class);
        }
        if (Texts.looksBlankButIsNot(text)) {
            throw new RefusedValueException(p, Texts.invisibleOnly(), String.class);
        }
        return Texts.normalize(text);
    }
}
