package org.grassroots.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LikeTest {
    @Test
    void wildcardsAreMatchedAsText() {
        assertEquals("%!%%", Like.contains("%"));
        assertEquals("%!_%", Like.contains(" _ "));
        assertEquals("%a!!b%", Like.contains("a!b"));
        assertEquals("%张三%", Like.contains("张三"));
        assertEquals("%abc%", Like.containsIgnoringCase("ABC"));
        assertNull(Like.contains("  "));
        assertNull(Like.contains(null));
    }
}
