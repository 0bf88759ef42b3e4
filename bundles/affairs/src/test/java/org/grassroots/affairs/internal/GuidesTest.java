package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class GuidesTest {
    @Test
    void anOrganizationFollowsTheGuidesOfEveryUnitAboveItAndItsOwn() {
        assertEquals(List.of("/1/", "/1/7/", "/1/7/42/"), Guides.ancestors("/1/7/42/"));
        assertEquals(List.of("/1/"), Guides.ancestors("/1/"));
    }
}
