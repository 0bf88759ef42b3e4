package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.grassroots.core.api.document.Document;
import org.grassroots.dues.internal.UnitStatement.Line;
import org.junit.jupiter.api.Test;

/** The yearly statements as documents: the figures in a sentence, members with their unpaid and paid-back months. */
class StatementDocumentsTest {
    private static final BigDecimal ZERO = DueLedger.money(null);

    @Test
    void anOrganizationsStatementNamesTheMonthsUnpaidAndPaidBack() {
        List<StatementMark> marks = new ArrayList<>(Arrays.asList(new StatementMark[12]));
        marks.set(0, StatementMark.BACK_PAID);
        marks.set(2, StatementMark.UNPAID);
        marks.set(3, StatementMark.UNPAID);
        marks.set(4, StatementMark.PAID);
        Line line = new Line(7, "退休乙", 3, "第一支部", marks, money("120"), money("60"), money("50"));
        DuesFigures total = new DuesFigures(money("120"), money("60"), 50.0, 4, 2, 2, 0, money("30"), money("50"), ZERO, 1, 0);
        UnitStatement s = new UnitStatement(3, "第一支部", 2025, total,
                List.of(new MonthFigures("2025-01", money("30"), money("30"), 100.0, 1, 1)), List.of(line));
        Document d = StatementDocuments.unitDocument(s, "2026年1月5日");
        assertEquals("第一支部2025年度党费收缴明细", d.titlePage().title());
        Document.Paragraph figures = (Document.Paragraph) d.blocks().get(1);
        assertTrue(figures.text().startsWith("2025年应交党费120.00元，实交60.00元，收缴率50.0%；补缴30.00元"), figures.text());
        Document.Table members = (Document.Table) d.blocks().get(3);
        assertEquals(List.of("退休乙", "第一支部", "120.00", "60.00", "60.00", "3、4月", "1月", "50.00"), members.rows().get(0));
        Document.Table months = (Document.Table) d.blocks().get(5);
        assertEquals(List.of("2025-01", "30.00", "30.00", "100.0%", "1 / 1"), months.rows().get(0));
        assertEquals(StatementSheets.TOTAL, months.rows().get(1).get(0));
    }

    @Test
    void aMembersStatementListsTheMonthsTheExtrasAndPaidUpTo() {
        Due paid = new Due(1, 1, 7, "张三", 3, "2025-01", DuesCategory.EMPLOYED, money("40"), DueStatus.PAID, money("40"),
                LocalDate.of(2025, 1, 8), PaymentChannel.WECHAT, false, null, null, null, 1);
        Due unpaid = new Due(2, 2, 7, "张三", 3, "2025-02", DuesCategory.EMPLOYED, money("40"), DueStatus.UNPAID, null, null, null,
                false, null, null, null, 1);
        Extra extra = new Extra(3, 7, "张三", 3, ExtraKind.VOLUNTARY, money("100"), LocalDate.of(2025, 7, 1), "七一", null, null, 1);
        YearlyStatement s = new YearlyStatement(7, "张三", 2025, List.of(paid, unpaid), List.of(extra), money("80"), money("40"), "2025-01");
        Document d = StatementDocuments.memberDocument(s, "2026年1月5日");
        assertEquals("党费缴至：2025-01", d.titlePage().subtitle());
        assertTrue(((Document.Paragraph) d.blocks().get(0)).text().contains("自愿多交和特殊党费100.00元"));
        Document.Table months = (Document.Table) d.blocks().get(2);
        assertEquals(List.of("2025-01", DuesCategory.EMPLOYED.label(), "40.00", "已交", "40.00", "2025-01-08",
                PaymentChannel.WECHAT.label(), ""), months.rows().get(0));
        assertEquals("未交", months.rows().get(1).get(3));
        assertEquals(List.of(StatementSheets.TOTAL, "", "80.00", "", "40.00", "", "", ""), months.rows().get(2));
        assertEquals(List.of("2025-07-01", ExtraKind.VOLUNTARY.label(), "100.00", "七一"), ((Document.Table) d.blocks().get(4)).rows().get(0));
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value).setScale(2);
    }
}
