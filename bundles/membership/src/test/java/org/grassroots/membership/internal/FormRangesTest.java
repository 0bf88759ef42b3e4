package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

/** A range of 入党志愿书 numbers: digits, both ends as long, in order, not too many. */
class FormRangesTest {

    @Test
    void aRangeIsDigitsOfOneWidthInOrder() {
        assertTrue(refused("2024000001", "2024000500").isEmpty());
        assertTrue(refused("0001", "0001").isEmpty());
        assertEquals(List.of("first", "last"), refused("A-1", "12a"));
        assertEquals(List.of("last"), refused("2024000001", "202400500"));
        assertEquals(List.of("last"), refused("2024000500", "2024000001"));
        assertEquals(List.of("last"), refused("1000000", "1100000"));
        assertEquals(List.of("first", "last"), refused("1234567890123456789", "1234567890123456789"));
    }

    @Test
    void numbersKeepTheRangesWidth() {
        assertEquals("0042", FormRanges.text(42, 4));
        assertEquals("2024000001", FormRanges.text(2024000001L, 10));
    }

    private static List<String> refused(String first, String last) {
        ValidationException.Builder errors = ValidationException.builder();
        FormRanges.checkNumbers(first, last, errors);
        return errors.isEmpty() ? List.of() : errors.build().errors().stream().map(FieldError::field).toList();
    }
}
