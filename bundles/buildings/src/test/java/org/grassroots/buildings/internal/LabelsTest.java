package org.grassroots.buildings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.StatisticDefinition;
import org.junit.jupiter.api.Test;

/** Every message exists in both languages; the descriptor names its permissions, figures and label sets. */
class LabelsTest {
    @Test
    void everyMessageIsTranslated() {
        assertEquals(Set.of(), BuildingsText.TEXT.bundle().untranslated());
    }

    @Test
    void theDescriptorDeclaresPermissionsFiguresAndLabels() {
        ModuleDescriptor d = BuildingsModule.describe("1.0.0");
        assertEquals("buildings", d.id());
        assertEquals(4, d.permissions().size());
        assertTrue(d.permissions().stream().allMatch(p -> p.id().startsWith("buildings.")));
        assertEquals(6, d.statistics().size());
        for (StatisticDefinition s : d.statistics()) {
            assertFalse(s.breakdownLabels().isEmpty(), s.id());
        }
        assertEquals(10, d.labels().size());
    }
}
