package org.grassroots.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.grassroots.core.api.PageRequest;
import org.junit.jupiter.api.Test;

class QueryFilterTest {

    /** No EntityManager: these totals must come from the page alone, without a count query. */
    @Test
    void aShortPageThatIsNotPastTheEndTellsTheTotal() {
        QueryFilter filter = new QueryFilter();
        assertEquals(0, filter.total(null, "unused", PageRequest.of(0, 50), 0));
        assertEquals(17, filter.total(null, "unused", PageRequest.of(0, 50), 17));
        assertEquals(110, filter.total(null, "unused", PageRequest.of(2, 50), 10));
    }

    @Test
    void containsPatternsTrimAndIgnoreBlanks() {
        assertEquals("%张三%", QueryFilter.contains(" 张三 "));
        assertNull(QueryFilter.contains("  "));
        assertNull(QueryFilter.contains(null));
    }
}
