package org.grassroots.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.ext.ParamConverter;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.FileFormat;
import org.grassroots.rest.ParamRange;
import org.junit.jupiter.api.Test;

class QueryParamConvertersTest {
    enum Colour { RED, GREEN }

    @SuppressWarnings("unused")
    void sample(@QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year, @QueryParam("colour") Colour colour,
                @QueryParam("from") LocalDate from, @QueryParam("size") @DefaultValue("50") int size,
                @QueryParam("plain") int plain, @QueryParam("format") FileFormat format, @QueryParam("y") Year y,
                @QueryParam("unit") Long unit, @QueryParam("overdue") Boolean overdue,
                @QueryParam("unread") @DefaultValue("false") boolean unread, @QueryParam("history") boolean history) {
    }

    private final QueryParamConverters converters = new QueryParamConverters();

    private <T> ParamConverter<T> converter(int index, Class<T> type) throws Exception {
        Method m = getClass().getDeclaredMethod("sample", Integer.class, Colour.class, LocalDate.class, int.class,
                int.class, FileFormat.class, Year.class, Long.class, Boolean.class, boolean.class, boolean.class);
        Annotation[] annotations = m.getParameterAnnotations()[index];
        return converters.getConverter(type, type, annotations);
    }

    private static FieldError refusal(Runnable r) {
        WebApplicationException e = assertThrows(WebApplicationException.class, r::run);
        assertEquals(422, e.getResponse().getStatus());
        Object entity = e.getResponse().getEntity();
        List<FieldError> errors = ((Problem) entity).errors();
        return errors.get(0);
    }

    @Test
    void readsValidValues() throws Exception {
        assertEquals(2024, converter(0, Integer.class).fromString("2024"));
        assertNull(converter(0, Integer.class).fromString(""));
        assertEquals(Colour.GREEN, converter(1, Colour.class).fromString("green"));
        assertEquals(LocalDate.of(2024, 5, 31), converter(2, LocalDate.class).fromString("2024-05-31"));
        assertEquals(50, converter(3, int.class).fromString(""));
        assertEquals(FileFormat.CSV, converter(5, FileFormat.class).fromString("csv"));
        assertEquals(Year.of(2023), converter(6, Year.class).fromString("2023"));
    }

    @Test
    void refusesInChineseByDefaultAndInEnglishWhenAsked() throws Exception {
        assertEquals("应为 2000 到 2100 之间的整数，实际为 1999", refusal(() -> read(0, Integer.class, "1999")).reason());
        RequestLanguage.bind("en-GB,en;q=0.8");
        try {
            assertEquals("must be a whole number from 2000 to 2100, was 1999",
                    refusal(() -> read(0, Integer.class, "1999")).reason());
        } finally {
            RequestLanguage.unbind();
        }
    }

    @Test
    void refusesNamingTheParameterAndWhatItAllows() throws Exception {
        RequestLanguage.bind("en");
        try {
            refusesInEnglish();
        } finally {
            RequestLanguage.unbind();
        }
    }

    private void refusesInEnglish() throws Exception {
        FieldError year = refusal(() -> read(0, Integer.class, "1999"));
        assertEquals("year", year.field());
        assertTrue(year.reason().contains("2000 to 2100"), year.reason());
        FieldError colour = refusal(() -> read(1, Colour.class, "BLUE"));
        assertEquals("colour", colour.field());
        assertTrue(colour.reason().contains("RED, GREEN"), colour.reason());
        assertEquals("from", refusal(() -> read(2, LocalDate.class, "31.05.2024")).field());
        assertEquals("format", refusal(() -> read(5, FileFormat.class, "pdf")).field());
        FieldError unit = refusal(() -> read(7, Long.class, "99999999999999999999"));
        assertEquals("unit", unit.field());
        assertTrue(unit.reason().contains("whole number"), unit.reason());
    }

    /** Issue 13: Jersey read anything but "true" as false ({@code overdue=yes} listed the requests not overdue). */
    @Test
    void readsOnlyTrueOrFalseAsABoolean() throws Exception {
        assertEquals(Boolean.TRUE, converter(8, Boolean.class).fromString("TRUE"));
        assertEquals(Boolean.FALSE, converter(9, boolean.class).fromString("false"));
        assertEquals(Boolean.FALSE, converter(9, boolean.class).fromString(""));
        assertNull(converter(8, Boolean.class).fromString(""));
        FieldError maybe = refusal(() -> read(8, Boolean.class, "maybe"));
        assertEquals("overdue", maybe.field());
        assertEquals("无法识别“maybe”，应为 true 或 false", maybe.reason());
        assertEquals("unread", refusal(() -> read(9, boolean.class, "1")).field());
        // a primitive boolean without a default: false when absent, and as strict when given
        assertEquals(Boolean.FALSE, converter(10, boolean.class).fromString(null));
        assertEquals(Boolean.TRUE, converter(10, boolean.class).fromString("true"));
        assertEquals("history", refusal(() -> read(10, boolean.class, "yes")).field());
    }

    @Test
    void leavesPrimitivesWithoutDefaultToJersey() throws Exception {
        assertNull(converter(4, int.class));
    }

    private void read(int index, Class<?> type, String text) {
        try {
            converter(index, type).fromString(text);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
