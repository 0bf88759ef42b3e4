package org.grassroots.rolemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;

import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/**
 * No code of the module reaches a screen without its zh-CN and English label, and every message exists in both
 * languages.
 */
class LabelsTest {
    @Test
    void everyEnumAndFixedBreakdownKeyIsLabelled() {
        ModuleLabelsCheck.check(RoleModelModule.describe("1.0.0"), RoleModelModule.class, "withRecords", "withoutRecords",
                "attendees", "DISTRICT", "STREET", "GRASSROOTS");
    }

    @Test
    void everyMessageHasBothLanguages() {
        assertEquals(Set.of(), RoleModelText.TEXT.bundle().untranslated());
    }

    @Test
    void illegalStepsNameTheAllowedOneInTheReadersLanguage() {
        assertEquals("Publicize is not possible for a role model at stage Discovered; allowed: Cultivate",
                RoleModelText.TEXT.in(Locale.ENGLISH, "stage.illegal", StageAction.PUBLICIZE, Stage.DISCOVERED, StageAction.CULTIVATE));
        assertEquals("处于“发现”阶段的典型不能宣传；可进行的步骤：培养",
                RoleModelText.TEXT.in(Locale.SIMPLIFIED_CHINESE, "stage.illegal", StageAction.PUBLICIZE, Stage.DISCOVERED, StageAction.CULTIVATE));
    }
}
