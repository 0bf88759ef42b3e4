package org.grassroots.rural.internal;

import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/**
 * No code of the module reaches a screen without its zh-CN and English label: every enum is labelled and served by
 * the descriptor, and the statistics' fixed breakdown keys are declared (the platform's {@link ModuleLabelsCheck}).
 */
class LabelsTest {
    @Test
    void everyEnumAndFixedBreakdownKeyIsLabelled() {
        ModuleLabelsCheck.check(RuralModule.describe("1.0.0"), org.grassroots.rural.internal.TaskStatus.class,
                "villages", "visited", "paired", "activePairingsWithNeeds", "income", "previousIncome");
    }
}
