package org.grassroots.rest;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResponsesTest {
    record Versioned(long id, String name, long version) {
    }

    record Unversioned(long id) {
    }

    @Test
    void readsIdAndVersionOfARecord() {
        Versioned v = new Versioned(7, "x", 3);
        org.junit.jupiter.api.Assertions.assertEquals(7, Responses.component(v, "id"));
        org.junit.jupiter.api.Assertions.assertEquals(3, Responses.component(v, "version"));
    }

    @Test
    void refusesARecordWithoutVersion() {
        assertThrows(IllegalArgumentException.class, () -> Responses.component(new Unversioned(1), "version"));
    }
}
