package org.grassroots.position.internal.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.grassroots.position.internal.PosText;

/** A day given as a query parameter (2024-05-01): absent is null, anything else unreadable is 422 naming the parameter. */
final class DayParam {
    private DayParam() {
    }

    static LocalDate of(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw PosText.TEXT.invalid(name, "field.day");
        }
    }
}
