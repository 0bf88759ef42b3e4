package org.grassroots.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FileFormatTest {
    @Test
    void queryParametersAreReadInAnyCase() {
        assertEquals(FileFormat.XLSX, FileFormat.fromString("xlsx"));
        assertEquals(FileFormat.XLSX, FileFormat.fromString("XLSX"));
        assertEquals(FileFormat.CSV, FileFormat.fromString("csv"));
        assertThrows(IllegalArgumentException.class, () -> FileFormat.fromString("xls"));
    }
}
