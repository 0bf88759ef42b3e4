package org.grassroots.core.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaCellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+86 138", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"点我\")"})
    void formulaLikeCellsAreWrittenAsTextAndReadBackUnchanged(String cell) {
        assertEquals("'" + cell, FormulaCells.neutralise(cell));
        assertEquals(cell, FormulaCells.restore(FormulaCells.neutralise(cell)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "-12.5", "+3", "42", "", "'quoted", "a=b"})
    void otherCellsStayAsTheyAre(String cell) {
        assertEquals(cell, FormulaCells.neutralise(cell));
        assertEquals(cell, FormulaCells.restore(cell));
    }
}
