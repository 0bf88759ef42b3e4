package org.grassroots.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/** No code of the module reaches a screen without its zh-CN and English label; every message exists in both languages. */
class LabelsTest {
    @Test
    void everyEnumAndFixedBreakdownKeyIsLabelled() {
        ModuleLabelsCheck.check(CommunityModule.describe("1.0.0"), CommunityModule.class, "covered", "uncovered");
    }

    @Test
    void everyMessageHasBothLanguages() {
        assertEquals(Set.of(), CommunityMessages.TEXT.bundle().untranslated());
    }
}
