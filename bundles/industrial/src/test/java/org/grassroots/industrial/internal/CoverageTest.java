package org.grassroots.industrial.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoverageTest {
    @Test
    void spreadsheetsMayUseTheChineseLabelOrTheName() {
        assertEquals(Coverage.OWN_BRANCH, Coverage.parse("单独组建"));
        assertEquals(Coverage.JOINT_BRANCH, Coverage.parse(" joint_branch "));
        assertEquals(Coverage.NONE, Coverage.parse("未覆盖"));
        assertNull(Coverage.parse("部分覆盖"));
        assertNull(Coverage.parse(null));
    }

    @Test
    void onlyNoneIsUncovered() {
        assertTrue(Coverage.OWN_BRANCH.covered());
        assertTrue(Coverage.JOINT_BRANCH.covered());
        assertFalse(Coverage.NONE.covered());
    }
}
