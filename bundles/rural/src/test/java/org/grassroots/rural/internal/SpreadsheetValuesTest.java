package org.grassroots.rural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How the module's spreadsheets spell values people read and type. */
class SpreadsheetValuesTest {
    @Test
    void numbersAreWrittenAsPeopleWriteThem() {
        assertEquals("50", SheetRows.number(50.0));
        assertEquals("70.5", SheetRows.number(70.5));
        assertEquals("0.125", SheetRows.number(0.125));
        assertEquals("1200000", SheetRows.number(1.2e6));
        assertEquals("", SheetRows.number(null));
    }

    @Test
    void needTypesAreReadByChineseLabelOrName() {
        assertEquals(NeedType.SALES, NeedType.parse("销售"));
        assertEquals(NeedType.INFRASTRUCTURE, NeedType.parse(" infrastructure "));
        assertNull(NeedType.parse("帮忙"));
        assertNull(NeedType.parse(null));
    }

    @Test
    void incomeAmountsAreBounded() {
        assertNull(Economy.amountProblem(0.0));
        assertNull(Economy.amountProblem(1_000_000.0));
        assertEquals("required: 0 to 1,000,000 (10k yuan)", Economy.amountProblem(-1.0).english());
        assertEquals("必填：0 到 1,000,000 万元", Economy.amountProblem(null).chinese());
    }
}
