package org.grassroots.core.api.module;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModuleIdsTest {
    @Test
    void theShippedModulesAndTheArchetypeExampleAreValid() {
        for (String id : new String[] { "industrial", "rural", "volunteer", "edu2", "ab", "a1234567890123456789" }) {
            assertTrue(ModuleIds.isValid(id), id);
            assertNull(ModuleIds.problem(id), id);
        }
    }

    @Test
    void idsThatBreakAPackageNameATableNameOrAUrlAreNot() {
        for (String id : new String[] { null, "", "a", "Rural", "rural-2", "rural_2", "2rural", "a12345678901234567890",
                "core api" }) {
            assertFalse(ModuleIds.isValid(id), String.valueOf(id));
            assertTrue(ModuleIds.problem(id).contains("not a module id"), String.valueOf(id));
        }
    }
}
