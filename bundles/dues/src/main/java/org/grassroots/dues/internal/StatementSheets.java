package org.grassroots.dues.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.io.Spreadsheets;
import org.grassroots.dues.internal.UnitStatement.Line;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Yearly statements as spreadsheets (XLSX or CSV), in Chinese as the level above reads them: a member's months and
 * extras with the totals and "paid up to"; an organization's ledger, one line per member with the twelve months'
 * marks, and the months' expected and collected amounts below.
 */
@Component(service = StatementSheets.class)
public class StatementSheets {
    static final List<String> MEMBER_HEADERS = List.of("姓名", "月份", "类别", "应交（元）", "状态", "实交（元）", "交纳日期",
            "交纳方式", "补缴", "备注");
    static final String TOTAL = "合计";

    private final Spreadsheets spreadsheets;

    @Activate
    public StatementSheets(@Reference Spreadsheets spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    public void member(YearlyStatement s, FileFormat format, OutputStream out) {
        write(format, MEMBER_HEADERS, memberRows(s), out);
    }

    static List<List<String>> memberRows(YearlyStatement s) {
        List<List<String>> rows = new ArrayList<>();
        for (Due d : s.months()) {
            rows.add(List.of(s.memberName(), d.period(), d.category().label(), d.amountDue().toPlainString(), d.status().label(),
                    d.paidAmount() == null ? "" : d.paidAmount().toPlainString(), d.paidOn() == null ? "" : d.paidOn().toString(),
                    d.channel() == null ? "" : d.channel().label(), d.backPayment() ? "是" : "", d.note() == null ? "" : d.note()));
        }
        BigDecimal extras = DueLedger.money(null);
        for (Extra e : s.extras()) {
            extras = extras.add(e.amount());
            rows.add(List.of(s.memberName(), e.paidOn().toString().substring(0, 7), e.kind().label(), "", "",
                    e.amount().toPlainString(), e.paidOn().toString(), "", "", e.note() == null ? "" : e.note()));
        }
        rows.add(List.of(TOTAL, String.valueOf(s.year()), "", s.due().toPlainString(), "", s.paid().add(extras).toPlainString(),
                "", "", "", s.paidUpTo() == null ? "" : "党费缴至 " + s.paidUpTo()));
        return rows;
    }

    public void unit(UnitStatement s, FileFormat format, OutputStream out) {
        List<String> headers = new ArrayList<>(List.of("姓名", "党组织"));
        for (int m = 1; m <= 12; m++) {
            headers.add(m + "月");
        }
        headers.addAll(List.of("应交合计（元）", "实交合计（元）", "未交（元）", "自愿多交和特殊党费（元）"));
        write(format, headers, unitRows(s), out);
    }

    static List<List<String>> unitRows(UnitStatement s) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal extras = DueLedger.money(null);
        for (Line line : s.members()) {
            List<String> row = new ArrayList<>(List.of(line.memberName(), line.organizationName() == null ? "" : line.organizationName()));
            for (StatementMark mark : line.months()) {
                row.add(mark == null ? "" : mark.label());
            }
            row.addAll(List.of(line.due().toPlainString(), line.paid().toPlainString(), line.due().subtract(line.paid()).max(BigDecimal.ZERO)
                    .toPlainString(), line.extras().toPlainString()));
            extras = extras.add(line.extras());
            rows.add(row);
        }
        Map<Integer, MonthFigures> byMonth = new HashMap<>();
        s.months().forEach(m -> byMonth.put(Integer.parseInt(m.period().substring(5)), m));
        List<String> expected = new ArrayList<>(List.of("本月应交（元）", s.unitName()));
        List<String> collected = new ArrayList<>(List.of("本月实交（元）", s.unitName()));
        for (int m = 1; m <= 12; m++) {
            MonthFigures f = byMonth.get(m);
            expected.add(f == null ? "" : f.expected().toPlainString());
            collected.add(f == null ? "" : f.collected().toPlainString());
        }
        expected.addAll(List.of(s.total().expected().toPlainString(), "", "", ""));
        collected.addAll(List.of("", s.total().collected().toPlainString(), "", ""));
        rows.add(expected);
        rows.add(collected);
        rows.add(List.of(TOTAL, s.unitName(), "", "", "", "", "", "", "", "", "", "", "", "", s.total().expected().toPlainString(),
                s.total().collected().toPlainString(), s.total().expected().subtract(s.total().collected()).max(BigDecimal.ZERO)
                        .toPlainString(), extras.toPlainString()));
        return rows;
    }

    private void write(FileFormat format, List<String> headers, List<List<String>> rows, OutputStream out) {
        try {
            spreadsheets.write(format, headers, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
