package org.grassroots.rest.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.api.text.Texts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Bounds every request body's numbers and dates to what a database column can hold, before any module sees them:
 * {@code 1e400} reads as infinity and {@code "+999999999-12-31"} as a date, both of which only failed (500) when
 * stored. Decimals must be finite; dates and times lie in {@value #MIN_YEAR}–{@value #MAX_YEAR}. A field's own,
 * tighter range (a birth date not in the future) stays the validator's.
 */
final class PlausibleValues extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;
    private static final MessageBundle MESSAGES = MessageBundle.of(PlausibleValues.class);

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class) {
            return new Bounded(deserializer, type);
        }
        return deserializer;
    }

    static Message problem(Object value) {
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return MESSAGES.message("value.notFinite");
        }
        int year = value instanceof LocalDate d ? d.getYear()
                : value instanceof LocalDateTime t ? t.getYear()
                : value instanceof OffsetDateTime o ? o.getYear() : MIN_YEAR;
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return MESSAGES.message("value.year", MIN_YEAR, MAX_YEAR);
        }
        return null;
    }

    private static final class Bounded extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final Class<?> type;

        Bounded(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Bounded(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
                // java.time also reads [2024,5,31] and trims "2024-05-31\u0007": only the plain ISO text is a date
                String text = p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING ? p.getText() : null;
                if (text == null || !text.equals(text.strip()) || Texts.problem(text) != null) {
                    throw new RefusedValueException(p, MESSAGES.message("value.isoDate"), type);
                }
            }
            Object value = super.deserialize(p, ctxt);
            Message problem = problem(value);
            if (problem != null) {
                throw new RefusedValueException(p, problem, value == null ? Object.class : value.getClass());
            }
            return value;
        }
    }
}
