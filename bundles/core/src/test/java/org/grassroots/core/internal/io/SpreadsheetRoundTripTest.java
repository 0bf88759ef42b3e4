package org.grassroots.core.internal.io;

import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.grassroots.core.api.FileFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpreadsheetRoundTripTest {

    private static final List<String> HEADERS = List.of("姓名", "公民身份号码", "出生日期", "所在党组织编码", "标签");
    private static final List<List<String>> ROWS = List.of(
            List.of("张伟", "34052419800101001X", "1980-01-01", "000123", "骑手、困难党员"),
            List.of("欧阳·娜娜", "11010519491231002X", "1949-12-31", "GX0101", "含,逗号和\"引号\""),
            Arrays.asList("李红", "110105194912310021", null, "0012", ""));

    private final SpreadsheetWriter writer = new SpreadsheetWriter();
    private final SpreadsheetReader reader = new SpreadsheetReader();

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void whatIsWrittenReadsBackUnchanged(FileFormat format) throws IOException {
        Sheet sheet = reader.read(format, new ByteArrayInputStream(write(format, HEADERS, ROWS)));

        assertEquals(HEADERS, sheet.headers());
        assertEquals(List.of(
                new SheetRow(2, Map.of("姓名", "张伟", "公民身份号码", "34052419800101001X", "出生日期", "1980-01-01",
                        "所在党组织编码", "000123", "标签", "骑手、困难党员")),
                new SheetRow(3, Map.of("姓名", "欧阳·娜娜", "公民身份号码", "11010519491231002X", "出生日期", "1949-12-31",
                        "所在党组织编码", "GX0101", "标签", "含,逗号和\"引号\"")),
                new SheetRow(4, Map.of("姓名", "李红", "公民身份号码", "110105194912310021", "所在党组织编码", "0012"))),
                sheet.rows());
    }

    @Test
    void csvStartsWithAByteOrderMarkSoExcelReadsItAsUtf8() throws IOException {
        byte[] csv = write(FileFormat.CSV, HEADERS, ROWS);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("34052419800101001X"));
    }

    /** fastexcel's reader does not report the formats of string cells, so the XML parts are checked directly. */
    @Test
    void xlsxCellsAreTextAndTheHeaderIsBold() throws IOException {
        byte[] xlsx = write(FileFormat.XLSX, HEADERS, ROWS);
        String styles = zipEntry(xlsx, "xl/styles.xml");
        String sheet = zipEntry(xlsx, "xl/worksheets/sheet1.xml");

        Matcher textFormat = Pattern.compile("<numFmt numFmtId=\"(\\d+)\" formatCode=\"@\"/>").matcher(styles);
        assertTrue(textFormat.find(), styles);
        List<String> fonts = Pattern.compile("<font>(.*?)</font>").matcher(styles).results().map(m -> m.group(1)).toList();
        List<MatchResult> cellStyles = Pattern.compile("<xf numFmtId=\"(\\d+)\" fontId=\"(\\d+)\"")
                .matcher(styles.substring(styles.indexOf("<cellXfs"))).results().toList();
        List<MatchResult> cells = Pattern.compile("<c r=\"[A-Z]+(\\d+)\" s=\"(\\d+)\" t=\"inlineStr\"").matcher(sheet)
                .results().toList();

        assertEquals(5 + 5 + 5 + 3, cells.size(), "every non-empty cell is a styled inline string");
        for (MatchResult cell : cells) {
            MatchResult style = cellStyles.get(Integer.parseInt(cell.group(2)));
            boolean header = cell.group(1).equals("1");
            assertEquals(textFormat.group(1), style.group(1), "text format: " + cell.group());
            assertEquals(header, fonts.get(Integer.parseInt(style.group(2))).contains("<b/>"), "bold only in the header: " + cell.group());
        }
    }

    @Test
    void writerLeavesTheCallersStreamOpen() throws IOException {
        for (FileFormat format : FileFormat.values()) {
            CloseTrackingStream out = new CloseTrackingStream();
            writer.write(format, HEADERS, ROWS, out);
            assertTrue(out.size() > 0);
            assertEquals(false, out.closed, format + " closed the stream");
        }
    }

    /**
     * 300,000 members (about ten times the district) go out row by row: the rows are generated lazily here, so
     * the test also shows the writer never needs the whole list.
     */
    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void streamsLargeExports(FileFormat format) throws IOException {
        int rowCount = 300_000;
        List<List<String>> rows = new AbstractList<>() {
            @Override
            public List<String> get(int index) {
                return List.of("党员" + index, idNumber(index), "1980-01-01", "GX" + (index % 1600), "骑手");
            }

            @Override
            public int size() {
                return rowCount;
            }
        };
        CountingStream out = new CountingStream();

        writer.write(format, HEADERS, rows, out);

        assertTrue(out.count > rowCount * 20L, "wrote " + out.count + " bytes");
    }

    @Test
    void largeXlsxReadsBackCompletely() throws IOException {
        int rowCount = 20_000;
        Iterable<List<String>> rows = () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < rowCount;
            }

            @Override
            public List<String> next() {
                int index = next++;
                return List.of("党员" + index, idNumber(index), "", "GX01", "");
            }
        };

        Sheet sheet = reader.read(FileFormat.XLSX, new ByteArrayInputStream(write(FileFormat.XLSX, HEADERS, rows)));

        assertEquals(rowCount, sheet.rows().size());
        SheetRow last = sheet.rows().get(rowCount - 1);
        assertEquals(rowCount + 1, last.rowNumber());
        assertEquals(idNumber(rowCount - 1), last.value("公民身份号码"));
    }

    /** 18 digits, the kind of value Excel would turn into 3.40524E+17 if it were stored as a number. */
    private static String idNumber(int index) {
        return String.format("340524198001%06d", index);
    }

    private byte[] write(FileFormat format, List<String> headers, Iterable<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(format, headers, rows, out);
        return out.toByteArray();
    }

    /**
     * Reads a part through the zip's central directory, as Excel does: fastexcel writes zip64 data descriptors
     * that {@code ZipInputStream} cannot stream through.
     */
    private String zipEntry(byte[] zip, String name) throws IOException {
        Path file = Files.write(tempDir.resolve("workbook.xlsx"), zip);
        try (ZipFile zipFile = new ZipFile(file.toFile())) {
            ZipEntry entry = zipFile.getEntry(name);
            assertNotNull(entry, name + " not in the zip");
            return new String(zipFile.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static final class CloseTrackingStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
