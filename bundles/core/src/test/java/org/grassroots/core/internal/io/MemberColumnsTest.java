package org.grassroots.core.internal.io;

import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.RowError;
import org.grassroots.core.api.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MemberColumnsTest {

    private static final Map<Long, String> CODES = Map.of(7L, "GX0101", 9L, "GX0102");

    private final MemberColumns columns = new MemberColumns();

    @Test
    void headersAreTheChineseColumnsInFileOrder() {
        assertEquals(List.of("姓名", "性别", "民族", "出生日期", "公民身份号码", "学历", "联系电话", "党员类别", "入党日期",
                "转正日期", "所在党组织编码", "职务岗位", "党员状态", "流动去向", "居住社区编码", "标签"), columns.headers());
        assertEquals(columns.headers().size(), columns.exampleRow().size());
    }

    @Test
    void exportedMemberParsesBackToTheSameDraft() {
        Member member = new Member(42, "欧阳娜娜", Sex.FEMALE, "回族", LocalDate.of(1949, 12, 31), "11010519491231002X",
                "硕士研究生", "13912345678", MemberCategory.PROBATIONARY, LocalDate.of(2023, 7, 1), null, 7,
                "网约车司机", MemberStatus.FLOATING, "上海市浦东新区", 9L, Set.of("骑手", "困难党员"), 3);

        List<String> row = columns.toRow(member, CODES::get);
        ParsedRow<ParsedMember> parsed = columns.parse(sheetRow(5, columns.headers(), row));

        assertEquals(List.of("欧阳娜娜", "女", "回族", "1949-12-31", "11010519491231002X", "硕士研究生", "13912345678",
                "预备党员", "2023-07-01", "", "GX0101", "网约车司机", "流动", "上海市浦东新区", "GX0102", "困难党员、骑手"), row);
        assertEquals(List.of(), parsed.errors());
        assertEquals(5, parsed.rowNumber());
        assertEquals(new ParsedMember(5, new MemberDraft("欧阳娜娜", Sex.FEMALE, "回族", LocalDate.of(1949, 12, 31),
                "11010519491231002X", "硕士研究生", "13912345678", MemberCategory.PROBATIONARY, LocalDate.of(2023, 7, 1),
                null, null, "网约车司机", MemberStatus.FLOATING, "上海市浦东新区", null, Set.of("骑手", "困难党员")),
                "GX0101", "GX0102"), parsed.value());
    }

    @Test
    void exampleRowOfTheTemplateIsValid() {
        ParsedRow<ParsedMember> parsed = columns.parse(sheetRow(2, columns.headers(), columns.exampleRow()));

        assertTrue(parsed.valid(), parsed.errors().toString());
        assertEquals(Set.of("骑手", "困难党员"), parsed.value().draft().tags());
    }

    @Test
    void badDateIsReportedWithRowAndColumn() {
        ParsedRow<ParsedMember> parsed = columns.parse(row(7, Map.of("出生日期", "1980-13-01")));

        assertEquals(1, parsed.errors().size());
        RowError error = parsed.errors().get(0);
        assertEquals(7, error.row());
        assertEquals("出生日期", error.column());
        assertTrue(error.reason().contains("1980-13-01") && error.reason().contains("yyyy-MM-dd"), error.reason());
        assertNull(parsed.value().draft().birthDate());
    }

    @Test
    void unknownLabelIsReportedWithTheAllowedValues() {
        ParsedRow<ParsedMember> parsed = columns.parse(row(3, Map.of("党员类别", "积极分子")));

        assertEquals(1, parsed.errors().size());
        RowError error = parsed.errors().get(0);
        assertEquals(new RowError(3, "党员类别", error.reason()), error);
        assertTrue(error.reason().contains("积极分子"), error.reason());
        assertTrue(error.reason().contains("正式党员、预备党员"), error.reason());
    }

    @Test
    void everyBadCellOfARowIsReportedInColumnOrder() {
        ParsedRow<ParsedMember> parsed = columns.parse(row(4, Map.of("性别", "未知", "党员状态", "退休", "入党日期", "去年")));

        assertEquals(List.of("性别", "入党日期", "党员状态"), parsed.errors().stream().map(RowError::column).toList());
    }

    @Test
    void blankRequiredCellIsAnError() {
        Map<String, String> cells = withRequired(Map.of());
        cells.remove("公民身份号码");

        ParsedRow<ParsedMember> parsed = columns.parse(new SheetRow(9, cells));

        assertEquals(List.of(new RowError(9, "公民身份号码", "必填，不能为空")), parsed.errors());
    }

    @ParameterizedTest
    @CsvSource({"2023-07-01", "2023/7/1", "2023.7.1", "20230701", "2023年7月1日", "2023/07/01", "' 2023-7-1 '"})
    void acceptsTheDateSpellingsPeopleUse(String text) {
        ParsedRow<ParsedMember> parsed = columns.parse(row(2, Map.of("入党日期", text)));

        assertEquals(List.of(), parsed.errors());
        assertEquals(LocalDate.of(2023, 7, 1), parsed.value().draft().joinedOn());
    }

    @ParameterizedTest
    @CsvSource({"2023-02-30", "2023-7/1", "23-7-1", "2023-07-01 08:00:00", "七月一日", "2023070"})
    void refusesImpossibleOrUnclearDates(String text) {
        ParsedRow<ParsedMember> parsed = columns.parse(row(2, Map.of("入党日期", text)));

        assertEquals(List.of("入党日期"), parsed.errors().stream().map(RowError::column).toList());
    }

    @Test
    void enumsAcceptLabelsAndNames() {
        ParsedRow<ParsedMember> parsed = columns.parse(row(2, Map.of("性别", "female", "党员类别", "预备", "党员状态", "LOST_CONTACT")));

        assertEquals(List.of(), parsed.errors());
        assertEquals(Sex.FEMALE, parsed.value().draft().sex());
        assertEquals(MemberCategory.PROBATIONARY, parsed.value().draft().category());
        assertEquals(MemberStatus.LOST_CONTACT, parsed.value().draft().status());
    }

    @Test
    void tagsSplitOnAnyUsualSeparator() {
        ParsedRow<ParsedMember> parsed = columns.parse(row(2, Map.of("标签", "骑手;快递员；网约车司机、 困难党员 ;;")));

        assertEquals(Set.of("骑手", "快递员", "网约车司机", "困难党员"), parsed.value().draft().tags());
    }

    @Test
    void idNumberCheckCharacterIsUpperCased() {
        ParsedRow<ParsedMember> parsed = columns.parse(row(2, Map.of("公民身份号码", "34052419800101001x")));

        assertEquals("34052419800101001X", parsed.value().draft().idNumber());
    }

    @Test
    void englishAndVariantHeadersAreAccepted() {
        List<String> headers = List.of("name", "*身份证号", "Organization Code", "residence_community_code", "joinedOn");
        SheetRow row = sheetRow(2, headers, List.of("张伟", "34052419800101001X", "GX0101", "GX0102", "2005-07-01"));

        ParsedRow<ParsedMember> parsed = columns.parse(row);

        assertEquals(List.of(), columns.checkHeaders(headers));
        assertEquals(List.of(), parsed.errors());
        assertEquals("张伟", parsed.value().draft().name());
        assertEquals("34052419800101001X", parsed.value().draft().idNumber());
        assertEquals("GX0101", parsed.value().organizationCode());
        assertEquals("GX0102", parsed.value().residenceCommunityCode());
        assertEquals(LocalDate.of(2005, 7, 1), parsed.value().draft().joinedOn());
    }

    @Test
    void missingRequiredHeaderIsOneErrorOnTheHeaderRow() {
        List<RowError> errors = columns.checkHeaders(List.of("姓名", "性别", "所在党组织编码", "备注"));

        assertEquals(1, errors.size());
        assertEquals(1, errors.get(0).row());
        assertEquals("公民身份号码", errors.get(0).column());
        assertTrue(errors.get(0).reason().contains("公民身份号码"), errors.get(0).reason());
    }

    @Test
    void twoHeadersForTheSameColumnAreAnError() {
        List<RowError> errors = columns.checkHeaders(List.of("姓名", "公民身份号码", "所在党组织编码", "name"));

        assertEquals(List.of("name"), errors.stream().map(RowError::column).toList());
        assertEquals(1, errors.get(0).row());
    }

    @Test
    void fieldNamesMapToHeaders() {
        assertEquals("公民身份号码", columns.headerFor("idNumber"));
        assertEquals("所在党组织编码", columns.headerFor("organizationId"));
        assertEquals("居住社区编码", columns.headerFor("residenceCommunityId"));
        assertEquals("转正日期", columns.headerFor("fullMemberOn"));
        assertEquals("version", columns.headerFor("version"));
    }

    /** The whole path a unit's file takes: template written, filled in Excel, saved as GBK CSV, read, parsed. */
    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void templateRoundTripsThroughTheWriterAndReader(FileFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpreadsheetWriter().write(format, columns.headers(), List.of(columns.exampleRow()), out);

        Sheet sheet = new SpreadsheetReader().read(format, new ByteArrayInputStream(out.toByteArray()));

        assertEquals(List.of(), columns.checkHeaders(sheet.headers()));
        ParsedRow<ParsedMember> parsed = columns.parse(sheet.rows().get(0));
        assertTrue(parsed.valid(), parsed.errors().toString());
        assertEquals("34052419800101001X", parsed.value().draft().idNumber());
    }

    @Test
    void gbkCsvFromExcelParses() {
        String csv = String.join(",", columns.headers()) + "\r\n" + String.join(",", columns.exampleRow()) + "\r\n"
                + "李红,女,满族,1949/12/31,11010519491231002X,大专,,正式,1970.7.1,19710701,GX0101,,正常,,,\r\n";

        Sheet sheet = new SpreadsheetReader().read(FileFormat.CSV, new ByteArrayInputStream(csv.getBytes(Charset.forName("GBK"))));

        assertEquals(List.of(), columns.checkHeaders(sheet.headers()));
        ParsedRow<ParsedMember> second = columns.parse(sheet.rows().get(1));
        assertEquals(List.of(), second.errors());
        assertEquals(new MemberDraft("李红", Sex.FEMALE, "满族", LocalDate.of(1949, 12, 31), "11010519491231002X", "大专",
                null, MemberCategory.FULL, LocalDate.of(1970, 7, 1), LocalDate.of(1971, 7, 1), null, null,
                MemberStatus.NORMAL, null, null, Set.of()), second.value().draft());
        assertEquals(3, second.rowNumber());
    }

    /** A row with the required cells filled in plus the given ones. */
    private static SheetRow row(int rowNumber, Map<String, String> cells) {
        return new SheetRow(rowNumber, withRequired(cells));
    }

    private static Map<String, String> withRequired(Map<String, String> cells) {
        Map<String, String> all = new HashMap<>(Map.of("姓名", "张伟", "公民身份号码", "34052419800101001X", "所在党组织编码", "GX0101"));
        all.putAll(cells);
        return all;
    }

    private static SheetRow sheetRow(int rowNumber, List<String> headers, List<String> values) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!values.get(i).isEmpty()) {
                cells.put(headers.get(i), values.get(i));
            }
        }
        return new SheetRow(rowNumber, cells);
    }
}
