package org.grassroots.industrial.internal;

import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/**
 * No code of the module reaches a screen without its zh-CN and English label: every enum is labelled and served by
 * the descriptor, and the statistics' fixed breakdown keys are declared (the platform's {@link ModuleLabelsCheck}).
 */
class LabelsTest {
    @Test
    void everyEnumAndFixedBreakdownKeyIsLabelled() {
        ModuleLabelsCheck.check(IndustrialModule.describe("1.0.0"), org.grassroots.industrial.RequestStatus.class,
                "enterprises");
    }
}
