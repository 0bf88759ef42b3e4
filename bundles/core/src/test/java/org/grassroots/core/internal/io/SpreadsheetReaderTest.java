package org.grassroots.core.internal.io;

import org.grassroots.core.api.io.UnreadableSpreadsheetException;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.FileFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadsheetReaderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String MEMBERS_CSV = "姓名,公民身份号码,党员类别\r\n张伟,34052419800101001X,正式党员\r\n李红,11010519491231002X,预备党员\r\n";

    private final SpreadsheetReader reader = new SpreadsheetReader();

    @Test
    void readsGbkCsvAsSavedByExcelOnChineseWindows() {
        Sheet sheet = readCsv(MEMBERS_CSV.getBytes(GBK));

        assertEquals(List.of("姓名", "公民身份号码", "党员类别"), sheet.headers());
        assertEquals(new SheetRow(2, Map.of("姓名", "张伟", "公民身份号码", "34052419800101001X", "党员类别", "正式党员")),
                sheet.rows().get(0));
        assertEquals("预备党员", sheet.rows().get(1).value("党员类别"));
    }

    @Test
    void readsGb18030CsvWithCharactersOutsideGbk() {
        String csv = "姓名,公民身份号码\r\n王䶮,34052419800101001X\r\n";
        Sheet sheet = readCsv(csv.getBytes(Charset.forName("GB18030")));
        assertEquals("王䶮", sheet.rows().get(0).value("姓名"), "U+4DAE, not a private-use code point");
    }

    @Test
    void aFormulaCellWrittenByTheExportReadsBackAsItsText() {
        Sheet sheet = readCsv("姓名,备注\r\n张伟,'=1+1\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("=1+1", sheet.rows().get(0).value("备注"));
    }

    @Test
    void readsUtf8CsvWithAndWithoutByteOrderMark() {
        byte[] withoutBom = MEMBERS_CSV.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[withoutBom.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(withoutBom, 0, withBom, 3, withoutBom.length);

        Sheet plain = readCsv(withoutBom);
        Sheet bom = readCsv(withBom);

        assertEquals(List.of("姓名", "公民身份号码", "党员类别"), bom.headers(), "the BOM must not stick to the first header");
        assertEquals(plain, bom);
        assertEquals("李红", bom.rows().get(1).value("姓名"));
    }

    @Test
    void skipsBlankRowsButKeepsTheRowNumbersExcelShows() {
        String csv = " 姓名 , 民族 ,\n\n 张伟 ,汉族,\n,,\n\"李红\",\" 回族 \",\n";

        Sheet sheet = readCsv(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("姓名", "民族"), sheet.headers(), "headers trimmed, blank header columns dropped");
        assertEquals(List.of(
                new SheetRow(3, Map.of("姓名", "张伟", "民族", "汉族")),
                new SheetRow(5, Map.of("姓名", "李红", "民族", "回族"))), sheet.rows());
    }

    @Test
    void leavesEmptyCellsOutAndAnswersThemAsEmptyText() {
        Sheet sheet = readCsv("姓名,民族\n张伟,\n".getBytes(StandardCharsets.UTF_8));

        SheetRow row = sheet.rows().get(0);
        assertEquals(Map.of("姓名", "张伟"), row.cells());
        assertEquals("", row.value("民族"));
        assertEquals("", row.value("不存在的列"));
    }

    @Test
    void refusesAHeaderOnlyFileAsHavingNoRows() {
        UnreadableSpreadsheetException e = assertThrows(UnreadableSpreadsheetException.class,
                () -> readCsv("姓名,民族\n\n,\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.message().chinese().contains("没有数据行"), e.message().chinese());
    }

    @Test
    void refusesFilesWithoutContentOrHeader() {
        assertThrows(UnreadableSpreadsheetException.class, () -> readCsv(new byte[0]));
        assertThrows(UnreadableSpreadsheetException.class, () -> readCsv("\n , \n\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(UnreadableSpreadsheetException.class, () -> reader.read(FileFormat.XLSX, new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void refusesDuplicateHeaders() {
        UnreadableSpreadsheetException e = assertThrows(UnreadableSpreadsheetException.class,
                () -> readCsv("姓名,民族,姓名\n张伟,汉族,张伟\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("姓名"), e.getMessage());
    }

    @Test
    void refusesUnclosedQuotes() {
        assertThrows(UnreadableSpreadsheetException.class,
                () -> readCsv("姓名,民族\n\"张伟,汉族\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        SpreadsheetReader smallLimit = new SpreadsheetReader(2);
        byte[] threeRows = "姓名\n甲\n乙\n丙\n".getBytes(StandardCharsets.UTF_8);
        byte[] twoRows = "姓名\n甲\n\n乙\n".getBytes(StandardCharsets.UTF_8);

        assertEquals(2, smallLimit.read(FileFormat.CSV, new ByteArrayInputStream(twoRows)).rows().size());
        UnreadableSpreadsheetException e = assertThrows(UnreadableSpreadsheetException.class,
                () -> smallLimit.read(FileFormat.CSV, new ByteArrayInputStream(threeRows)));
        assertTrue(e.getMessage().contains("2"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotAnXlsx() {
        byte[] csv = MEMBERS_CSV.getBytes(StandardCharsets.UTF_8);

        UnreadableSpreadsheetException e = assertThrows(UnreadableSpreadsheetException.class,
                () -> reader.read(FileFormat.XLSX, new ByteArrayInputStream(csv)));
        assertTrue(e.getMessage().contains("XLSX"), e.getMessage());
    }

    @Test
    void refusesAFileTooShortToBeAnXlsx() {
        byte[] zipSignatureOnly = {'P', 'K', 3, 4};

        assertThrows(UnreadableSpreadsheetException.class,
                () -> reader.read(FileFormat.XLSX, new ByteArrayInputStream(zipSignatureOnly)));
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() {
        byte[] zip = HandWrittenXlsx.zip(Map.of("readme.txt", "hello"));

        assertThrows(UnreadableSpreadsheetException.class, () -> reader.read(FileFormat.XLSX, new ByteArrayInputStream(zip)));
    }

    @Test
    void refusesATruncatedXlsx() {
        byte[] whole = HandWrittenXlsx.workbook(new String[] {"姓名"}, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThrows(UnreadableSpreadsheetException.class, () -> reader.read(FileFormat.XLSX, new ByteArrayInputStream(truncated)));
    }

    @Test
    void tellsTheUserToConvertAnOldXlsFile() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};

        UnreadableSpreadsheetException e = assertThrows(UnreadableSpreadsheetException.class,
                () -> reader.read(FileFormat.XLSX, new ByteArrayInputStream(ole2)));
        assertTrue(e.getMessage().contains(".xls"), e.getMessage());
    }

    /** Cells the way Excel stores what people type: numbers, dates under various formats, booleans. */
    @Test
    void rendersExcelValuesAsTheTextTheUserTyped() {
        String[] strings = {"姓名", "公民身份号码", "出生日期", "入党日期", "转正日期", "人数", "比例", "金额", "在职", "时间", "登记时间", "张伟"};
        String rows = """
                <row r="1">%s</row>
                <row r="2">
                  <c r="A2" t="s"><v>11</v></c>
                  <c r="B2"><v>3.4052419800101E+17</v></c>
                  <c r="C2" s="%d"><v>29221</v></c>
                  <c r="D2" s="%d"><v>38534</v></c>
                  <c r="E2" s="%d"><v>38899</v></c>
                  <c r="F2"><v>42</v></c>
                  <c r="G2"><v>0.30000000000000004</v></c>
                  <c r="H2" s="%d"><v>1234.5</v></c>
                  <c r="I2" t="b"><v>1</v></c>
                  <c r="J2" s="%d"><v>0.75</v></c>
                  <c r="K2" s="%d"><v>29221.5</v></c>
                </row>
                <row r="4"><c r="A4" t="s"><v>11</v></c><c r="F4"><v>7.0</v></c></row>
                <row r="5"><c r="A5" t="inlineStr"><is><t>  </t></is></c></row>
                """.formatted(headerCells(strings.length - 1), HandWrittenXlsx.BUILT_IN_DATE,
                HandWrittenXlsx.CHINESE_BUILT_IN_DATE, HandWrittenXlsx.CUSTOM_DATE, HandWrittenXlsx.CUSTOM_NUMBER,
                HandWrittenXlsx.BUILT_IN_TIME, HandWrittenXlsx.BUILT_IN_DATE);
        byte[] xlsx = HandWrittenXlsx.workbook(strings, rows);

        Sheet sheet = reader.read(FileFormat.XLSX, new ByteArrayInputStream(xlsx));

        assertEquals(List.of("姓名", "公民身份号码", "出生日期", "入党日期", "转正日期", "人数", "比例", "金额", "在职", "时间", "登记时间"),
                sheet.headers());
        assertEquals(2, sheet.rows().size(), "the blank row 5 is skipped");
        SheetRow row = sheet.rows().get(0);
        assertEquals(2, row.rowNumber());
        assertEquals("张伟", row.value("姓名"));
        // Excel already lost the last digits of an ID typed as a number; at least no "3.4E+17" reaches the user.
        assertEquals("340524198001010000", row.value("公民身份号码"));
        assertEquals("1980-01-01", row.value("出生日期"));
        assertEquals("2005-07-01", row.value("入党日期"));
        assertEquals("2006-07-01", row.value("转正日期"));
        assertEquals("42", row.value("人数"));
        assertEquals("0.3", row.value("比例"));
        assertEquals("1234.5", row.value("金额"));
        assertEquals("TRUE", row.value("在职"));
        assertEquals("18:00:00", row.value("时间"));
        assertEquals("1980-01-01 12:00:00", row.value("登记时间"));
        assertEquals(new SheetRow(4, Map.of("姓名", "张伟", "人数", "7")), sheet.rows().get(1));
    }

    /**
     * Issue 13: files as people's programs save them (src/test/resources/spreadsheets; the XLSX files are written by
     * Apache POI, since LibreOffice is not on the build machines: see src/test/spreadsheets-source) read as the same
     * two valid members each: UTF-8 with and without BOM, GBK, GB18030 beyond GBK, a merged title or merged group
     * headings above the header, dates typed as dates, the phone typed as a number, empty rows below the data.
     */
    private static final List<String> REAL_WORLD_FILES = List.of("members-utf8.csv", "members-utf8-bom.csv",
            "members-gbk.csv", "members-gb18030.csv", "members-poi-merged-title.xlsx", "members-poi-group-headers.xlsx",
            "members-libreoffice-merged-title.xlsx", "members-libreoffice-from-csv.xlsx");

    static List<String> realWorldFiles() {
        return REAL_WORLD_FILES;
    }

    @ParameterizedTest
    @MethodSource("realWorldFiles")
    void realWorldFilesReadAsTwoValidMembers(String file) throws IOException {
        Sheet sheet = realWorldFile(file);
        MemberColumns columns = new MemberColumns();
        assertEquals(columns.headers(), sheet.headers(), file);
        assertEquals(List.of(), columns.headerProblems(sheet.headers()), file);
        assertEquals(2, sheet.rows().size(), file + ": " + sheet.rows());
        for (SheetRow row : sheet.rows()) {
            ParsedRow<ParsedMember> parsed = columns.parse(row);
            assertEquals(List.of(), parsed.errors(), file + " row " + row.rowNumber());
            assertEquals("FX-BRANCH", parsed.value().organizationCode(), file);
            assertEquals("13800138000", parsed.value().draft().phone(), file);
            assertTrue(parsed.value().draft().idNumber().startsWith("440305"), file);
        }
        // a title or group headings above the header push the data down a row
        int firstDataRow = file.contains("merged-title") || file.contains("group-headers") ? 3 : 2;
        assertEquals(firstDataRow, sheet.rows().get(0).rowNumber(), file + ": Excel's row numbers");
        if (file.equals("members-gb18030.csv")) {
            assertEquals(List.of("王䶮", "𠮷祥"), sheet.rows().stream().map(r -> r.value("姓名")).toList());
        }
        if (file.equals("members-gbk.csv")) {
            assertEquals("支部委员,宣传委员", sheet.rows().get(0).value("职务岗位"));
        }
    }

    /** ImportIT imports every real-world file into one platform, where a repeated ID number would be refused. */
    @Test
    void realWorldFilesHoldIdNumbersOfTheirOwn() throws IOException {
        List<String> idNumbers = new java.util.ArrayList<>();
        for (String file : REAL_WORLD_FILES) {
            for (SheetRow row : realWorldFile(file).rows()) {
                idNumbers.add(row.value("公民身份号码"));
            }
        }
        assertEquals(2 * REAL_WORLD_FILES.size(), idNumbers.size());
        assertEquals(idNumbers.size(), new java.util.HashSet<>(idNumbers).size(), "repeated ID numbers: " + idNumbers);
    }

    private Sheet realWorldFile(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/spreadsheets/" + file)) {
            return reader.read(file.endsWith(".csv") ? FileFormat.CSV : FileFormat.XLSX, in);
        }
    }

    @Test
    void aTitleAboveTheHeaderIsSkippedButAOneColumnSheetKeepsItsHeader() {
        Sheet titled = readCsv("党员名册,,\n姓名,民族,备注\n张伟,汉族,\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("姓名", "民族", "备注"), titled.headers());
        assertEquals(new SheetRow(3, Map.of("姓名", "张伟", "民族", "汉族")), titled.rows().get(0));

        Sheet oneColumn = readCsv("姓名\n张伟\n李红\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("姓名"), oneColumn.headers());
        assertEquals(2, oneColumn.rows().size());
    }

    private static String headerCells(int count) {
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < count; i++) {
            cells.append("<c r=\"").append((char) ('A' + i)).append("1\" t=\"s\"><v>").append(i).append("</v></c>");
        }
        return cells.toString();
    }

    private Sheet readCsv(byte[] bytes) {
        return reader.read(FileFormat.CSV, new ByteArrayInputStream(bytes));
    }
}
