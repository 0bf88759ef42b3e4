package org.grassroots.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.grassroots.core.api.PageRequest;
import org.junit.jupiter.api.Test;

class NameOrderedPageTest {
    private final NameOrderedPage plan = new NameOrderedPage();
    private final AtomicInteger counted = new AtomicInteger();

    private boolean cheaper(long total, PageRequest page, long members) {
        return plan.cheaper(total, page, () -> {
            counted.incrementAndGet();
            return members;
        });
    }

    @Test
    void aStreetsFirstPagesAreReadInNameOrder() {
        // the demo district's street: 3,023 of 31,200 members; the city's: 3,023 of 312,000
        assertTrue(cheaper(3_023, PageRequest.of(0, 50), 31_200));
        assertTrue(new NameOrderedPage().cheaper(3_023, PageRequest.of(0, 50), () -> 312_000));
        assertTrue(cheaper(3_023, PageRequest.of(10, 50), 31_200));
    }

    @Test
    void smallSubtreesAndDeepPagesAreSorted() {
        assertFalse(cheaper(120, PageRequest.of(0, 50), 31_200));
        assertFalse(cheaper(30, PageRequest.of(0, 50), 31_200));
        assertFalse(new NameOrderedPage().cheaper(3_023, PageRequest.of(60, 50), () -> 312_000));
    }

    @Test
    void theMembersAreCountedOncePerMinuteAtMost() {
        cheaper(3_023, PageRequest.of(0, 50), 31_200);
        cheaper(2_000, PageRequest.of(0, 50), 31_200);
        assertEquals(1, counted.get());
    }
}
