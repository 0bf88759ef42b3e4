package org.grassroots.core.internal.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.RowError;
import org.grassroots.core.api.io.RejectedRowsException;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.UnreadableSpreadsheetException;
import org.junit.jupiter.api.Test;

/** Issue 13: zip bombs, and the text rules of JSON bodies applied to every cell of an import. */
class SpreadsheetSafetyTest {
    private final SpreadsheetReader reader = new SpreadsheetReader();

    /** A real workbook with one more part: {@code megabytes} of zeros, which deflate about 1,000 to 1. */
    static byte[] bomb(int megabytes) throws IOException {
        byte[] workbook = HandWrittenXlsx.workbook(new String[] {"姓名", "张伟"},
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
             ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(part.getName()));
                parts.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/media/image1.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void refusesAnXlsxThatInflatesFarBeyondItsSizeAtOnce() throws IOException {
        byte[] bomb = bomb(200);
        assertTrue(bomb.length < 1 << 20, "compressed " + bomb.length);

        long start = System.nanoTime();
        UnreadableSpreadsheetException e = assertThrows(UnreadableSpreadsheetException.class,
                () -> reader.read(FileFormat.XLSX, new ByteArrayInputStream(bomb)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.message().chinese().contains("解压后"), e.message().chinese());
        assertTrue(millis < 2_000, "refused after " + millis + " ms: it should stop at the first megabytes");
    }

    @Test
    void refusesByAbsoluteInflatedSizeToo() throws IOException {
        byte[] bomb = bomb(3);
        InflationGuard smallLimit = new InflationGuard(InflationGuard.MAX_RATIO, InflationGuard.RATIO_GRACE, 1 << 20);
        assertThrows(UnreadableSpreadsheetException.class, () -> smallLimit.check(bomb));
        // within the ratio grace and the default limits, the same file is a workbook like any other
        assertDoesNotThrow(() -> new InflationGuard().check(bomb));
    }

    @Test
    void anOrdinaryWorkbookPassesTheGuard() {
        byte[] workbook = HandWrittenXlsx.workbook(new String[] {"姓名", "张伟"},
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>");
        Sheet sheet = reader.read(FileFormat.XLSX, new ByteArrayInputStream(workbook));
        assertEquals("张伟", sheet.rows().get(0).value("姓名"));
    }

    @Test
    void cellsAreNormalisedToNfc() {
        Sheet sheet = csv("姓名,备注\n张伟,Cafe\u0301\n");
        assertEquals("Caf\u00e9", sheet.rows().get(0).value("备注"));
    }

    @Test
    void cellsWithControlDirectionOrInvisibleOnlyTextAreRefusedNamingRowAndColumn() {
        for (String bad : new String[] {"张\u0007伟", "张\u202E伟", "\u200B\u200B", "a" + "\u0301".repeat(10), "张\u0000伟"}) {
            RejectedRowsException e = assertThrows(RejectedRowsException.class,
                    () -> csv("姓名,民族\n王五,汉族\n" + bad + ",汉族\n"), bad);
            assertEquals(1, e.rowErrors().size(), e.rowErrors().toString());
            RowError error = e.rowErrors().get(0);
            assertEquals(3, error.row());
            assertEquals("姓名", error.column());
            assertTrue(e.rowErrors(Locale.ENGLISH).get(0).reason().matches(".*(U\\+|surrogate|combining|invisible).*"),
                    e.rowErrors(Locale.ENGLISH).toString());
        }
    }

    /** Issue 13: every refused cell of the file is listed, not the first only; the refused cells are left out. */
    @Test
    void everyRefusedCellIsListedWithItsRowAndColumn() {
        ReadSheet read = reader.readListingRefusedCells(FileFormat.CSV, new ByteArrayInputStream(
                "姓名,民族,备注\n张\u202E伟,汉族,好\n王五,\u200B,\u0007\n李四,回族,\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("2:姓名", "3:民族", "3:备注"),
                read.refusedCells().stream().map(c -> c.row() + ":" + c.column()).toList());
        assertEquals(Map.of("民族", "汉族", "备注", "好"), read.sheet().rows().get(0).cells());
        assertEquals(3, read.sheet().rows().size());

        RejectedRowsException all = assertThrows(RejectedRowsException.class,
                () -> csv("姓名,民族,备注\n张\u202E伟,汉族,好\n王五,\u200B,\u0007\n"));
        assertEquals(3, all.rowErrors().size(), all.rowErrors().toString());
    }

    /** Issue 13: a cell longer than Excel allows is listed; a sheet wider than the cap is refused on its header. */
    @Test
    void capsTheLengthOfACellAndTheNumberOfColumns() {
        String overlong = "长".repeat(SpreadsheetReader.MAX_CELL_LENGTH + 1);
        ReadSheet read = reader.readListingRefusedCells(FileFormat.CSV, new ByteArrayInputStream(
                ("姓名,备注\n张伟," + overlong + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, read.refusedCells().size());
        assertTrue(read.refusedCells().get(0).reason().chinese().contains("32767"),
                read.refusedCells().get(0).reason().chinese());
        assertEquals("", read.sheet().rows().get(0).value("备注"));

        SpreadsheetReader narrow = new SpreadsheetReader(10, 3);
        String wide = "甲,乙,丙,丁\n1,2,3,4\n";
        UnreadableSpreadsheetException e = assertThrows(UnreadableSpreadsheetException.class,
                () -> narrow.read(FileFormat.CSV, new ByteArrayInputStream(wide.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.message().chinese().contains("第 1 行有 4 列"), e.message().chinese());
        assertTrue(e.message().english().contains("row 1 has 4 columns"), e.message().english());
        // blank cells after the last one (spreadsheet programs write them) do not count
        assertEquals(1, narrow.read(FileFormat.CSV, new ByteArrayInputStream(
                "甲,乙,丙,,,,\n1,2,3,,,,,,\n".getBytes(StandardCharsets.UTF_8))).rows().size());
        String tooWide = ",".repeat(SpreadsheetReader.DEFAULT_MAX_COLUMNS) + "x\n1\n";
        assertThrows(UnreadableSpreadsheetException.class, () -> csv(tooWide));
    }

    @Test
    void multiLineCellsStayAllowedForFieldsThatTakeThem() {
        Sheet sheet = csv("姓名,备注\n张伟,\"第一行\n第二行\"\n");
        assertEquals("第一行\n第二行", sheet.rows().get(0).value("备注"));
    }

    private Sheet csv(String text) {
        return reader.read(FileFormat.CSV, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
