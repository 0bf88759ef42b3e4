package org.grassroots.position.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;

import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/** No code of the module reaches a screen without its zh-CN and English label; every message exists in both languages. */
class LabelsTest {
    @Test
    void everyEnumAndBreakdownKeyIsLabelled() {
        ModuleLabelsCheck.check(PositionModule.describe("1.0.0"), PositionModule.class);
    }

    @Test
    void everyMessageHasBothLanguages() {
        assertEquals(Set.of(), PosText.TEXT.bundle().untranslated());
    }

    @Test
    void theRefusedStepNamesTheAllowedOnesInTheReadersLanguage() {
        assertEquals("cannot Complete an upgrade that is Planned; allowed: Start, Progress note",
                PosText.TEXT.in(Locale.ENGLISH, "upgrade.illegal", UpgradeAction.COMPLETE, UpgradeStatus.PLANNED,
                        UpgradeWorkflow.names(UpgradeWorkflow.allowed(UpgradeStatus.PLANNED))));
        assertEquals("升级项目当前状态为“已立项”，不能“完工”；可执行：开工、进展记录",
                PosText.TEXT.in(Locale.SIMPLIFIED_CHINESE, "upgrade.illegal", UpgradeAction.COMPLETE, UpgradeStatus.PLANNED,
                        UpgradeWorkflow.names(UpgradeWorkflow.allowed(UpgradeStatus.PLANNED))));
    }
}
