package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.grassroots.dues.internal.UnitStatement.Line;
import org.junit.jupiter.api.Test;

/** The yearly statements' sheets: marks, totals and "paid up to" where the level above reads them. */
class StatementSheetsTest {
    private static final BigDecimal ZERO = DueLedger.money(null);

    @Test
    void aMonthPaidBackLaterIsMarkedApart() {
        assertEquals(StatementMark.BACK_PAID, StatementMark.of(DueStatus.PAID, true));
        assertEquals(StatementMark.PAID, StatementMark.of(DueStatus.PAID, false));
        assertEquals(StatementMark.EXEMPT, StatementMark.of(DueStatus.EXEMPT, false));
    }

    @Test
    void anOrganizationsLedgerHasTwelveMonthsTotalsAndTheMonthsBelow() {
        List<StatementMark> marks = new ArrayList<>(Arrays.asList(new StatementMark[12]));
        marks.set(0, StatementMark.BACK_PAID);
        marks.set(1, StatementMark.UNPAID);
        Line line = new Line(7, "退休乙", 3, "第一支部", marks, money("120"), money("60"), money("50"));
        DuesFigures total = new DuesFigures(money("120"), money("60"), 50.0, 2, 1, 1, 0, money("60"), money("50"), ZERO, 1, 0);
        UnitStatement s = new UnitStatement(3, "第一支部", 2025, total,
                List.of(new MonthFigures("2025-01", money("60"), money("60"), 100.0, 1, 1)), List.of(line));
        List<List<String>> rows = StatementSheets.unitRows(s);
        assertEquals(List.of("退休乙", "第一支部", "补缴", "未交", "", "", "", "", "", "", "", "", "", "", "120.00", "60.00", "60.00",
                "50.00"), rows.get(0));
        assertEquals("60.00", rows.get(2).get(2)); // collected in January
        assertEquals("", rows.get(2).get(3));
        assertEquals(List.of("合计", "第一支部"), rows.get(3).subList(0, 2));
        assertEquals("50.00", rows.get(3).get(17));
    }

    @Test
    void aMembersStatementEndsWithTheTotalAndPaidUpTo() {
        Due jan = new Due(1, 1, 7, "退休乙", 3, "2025-01", DuesCategory.RETIRED, money("60"), DueStatus.PAID, money("60"),
                LocalDate.of(2025, 3, 2), PaymentChannel.WECHAT, true, null, "sec", null, 0);
        YearlyStatement s = new YearlyStatement(7, "退休乙", 2025, List.of(jan), List.of(), money("60"), money("60"), "2025-01");
        List<List<String>> rows = StatementSheets.memberRows(s);
        assertEquals("是", rows.get(0).get(8));
        assertEquals(List.of("合计", "2025", "", "60.00", "", "60.00", "", "", "", "党费缴至 2025-01"), rows.get(1));
    }

    private static BigDecimal money(String value) {
        return DueLedger.money(new BigDecimal(value));
    }
}
