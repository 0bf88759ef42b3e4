package org.grassroots.industrial.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class RequestSearchTest {
    @Test
    void newestFirstByDefault() {
        assertEquals(" ORDER BY r.submittedAt DESC, r.id DESC", RequestSearch.orderBy(null));
    }

    @Test
    void sortsByAllowedFieldsInEitherDirection() {
        assertEquals(" ORDER BY r.status ASC, r.submittedAt DESC, r.id", RequestSearch.orderBy("status,-submittedAt"));
    }

    @Test
    void refusesUnknownFieldsNamingTheAllowedOnes() {
        ValidationException e = assertThrows(ValidationException.class, () -> RequestSearch.orderBy("secret"));
        assertEquals("sort", e.errors().get(0).field());
        assertTrue(e.errors().get(0).reason().contains("submittedAt"));
    }
}
