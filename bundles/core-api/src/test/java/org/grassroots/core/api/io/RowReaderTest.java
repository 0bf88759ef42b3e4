package org.grassroots.core.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.RowError;
import org.junit.jupiter.api.Test;

class RowReaderTest {
    enum Level { HIGH, LOW }

    private static Level parseLevel(String text) {
        return switch (text) {
            case "高", "HIGH" -> Level.HIGH;
            case "低", "LOW" -> Level.LOW;
            default -> null;
        };
    }

    private static String label(Level level) {
        return level == Level.HIGH ? "高" : "低";
    }

    @Test
    void readsTypedCells() {
        SheetRow row = new SheetRow(2, Map.of("名称", "北康村", "数量", "12", "金额", "1,234.50",
                "日期", "2024年3月5日", "等级", "高"));
        RowReader reader = new RowReader();
        assertEquals("北康村", reader.text(row, "名称", true));
        assertEquals(12, reader.integer(row, "数量", true));
        assertEquals(12L, reader.longInteger(row, "数量", true));
        assertEquals(new BigDecimal("1234.50"), reader.decimal(row, "金额", true));
        assertEquals(LocalDate.of(2024, 3, 5), reader.date(row, "日期", true));
        assertEquals(Level.HIGH, reader.choice(row, "等级", true, Level.class, RowReaderTest::parseLevel, RowReaderTest::label));
        assertNull(reader.text(row, "备注", false));
        reader.throwIfRejected();
        assertTrue(reader.errors().isEmpty());
    }

    @Test
    void collectsEveryBadCellWithItsRowAndColumn() {
        SheetRow row = new SheetRow(7, Map.of("数量", "12.5", "金额", "abc", "日期", "2024-02-30", "等级", "中"));
        RowReader reader = new RowReader();
        assertNull(reader.text(row, "名称", true));
        assertNull(reader.integer(row, "数量", true));
        assertNull(reader.decimal(row, "金额", true));
        assertNull(reader.date(row, "日期", true));
        assertNull(reader.choice(row, "等级", true, Level.class, RowReaderTest::parseLevel, RowReaderTest::label));
        List<RowError> errors = reader.errors();
        assertEquals(List.of("名称", "数量", "金额", "日期", "等级"), errors.stream().map(RowError::column).toList());
        assertTrue(errors.stream().allMatch(e -> e.row() == 7));
        assertTrue(errors.get(4).reason().contains("高、低"), errors.get(4).reason());
        RejectedRowsException rejected = assertThrows(RejectedRowsException.class, reader::throwIfRejected);
        assertEquals(5, rejected.rowErrors().size());
        assertEquals(422, rejected.status());
    }

    @Test
    void missingHeadersAreReportedOnTheHeaderRow() {
        Sheet sheet = new Sheet(List.of("名称"), List.of());
        RowReader reader = new RowReader().requireHeaders(sheet, List.of("名称", "年份"));
        assertEquals(List.of(new RowError(1, "年份", "缺少此列，请使用导出的模板")), reader.errors());
    }

    @Test
    void acceptsTheDateSpellingsOfChineseExcel() {
        for (String text : List.of("2024-03-05", "2024/3/5", "2024.3.5", "20240305", "2024年3月5日")) {
            assertEquals(LocalDate.of(2024, 3, 5), RowReader.parseDate(text).orElseThrow(), text);
        }
        assertTrue(RowReader.parseDate("2024-13-01").isEmpty());
        assertTrue(RowReader.parseDate("March 5").isEmpty());
    }

    @Test
    void aRefusedImportReadsInTheCallersLanguage() {
        RowReader reader = new RowReader();
        SheetRow row = new SheetRow(3, Map.of("数量", "十二", "名称", ""));
        reader.integer(row, "数量", true);
        reader.text(row, "名称", true);
        reader.reject(row, "名称", "村里自己写的原因");
        RejectedRowsException rejected = assertThrows(RejectedRowsException.class, reader::throwIfRejected);
        assertEquals(List.of(new RowError(3, "数量", "应为整数，而不是“十二”"), new RowError(3, "名称", "必填，不能为空"),
                new RowError(3, "名称", "村里自己写的原因")), rejected.rowErrors(org.grassroots.core.api.text.Languages.ZH_CN));
        assertEquals(List.of(new RowError(3, "数量", "should be a whole number, not “十二”"),
                new RowError(3, "名称", "required, must not be empty"), new RowError(3, "名称", "村里自己写的原因")),
                rejected.rowErrors(java.util.Locale.ENGLISH));
        assertEquals(rejected.rowErrors(org.grassroots.core.api.text.Languages.ZH_CN), rejected.rowErrors());
        assertEquals("3 cell(s) refused, nothing was stored", rejected.getMessage());
        assertEquals("3 处错误，未导入任何数据", rejected.message(org.grassroots.core.api.text.Languages.ZH_CN));
        assertEquals(java.util.Set.of(),
                org.grassroots.core.api.text.MessageBundle.of(RowReader.class).untranslated());
    }
}
