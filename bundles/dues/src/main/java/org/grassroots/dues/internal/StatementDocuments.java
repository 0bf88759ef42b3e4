package org.grassroots.dues.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.core.api.document.Document;
import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.document.DocumentWriter;
import org.grassroots.dues.internal.UnitStatement.Line;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Yearly statements as Word or PDF through the platform's {@link DocumentWriter}, in Chinese as the spreadsheets
 * (the level above files them): a title page, the year's figures in a sentence, then the tables. An organization's
 * lists each member with the totals and the months unpaid or paid back (twelve month columns do not fit a printed
 * page; the XLSX has them), then the months' expected and collected amounts; a member's lists every month's dues,
 * the voluntary and special dues and "paid up to".
 */
@Component(service = StatementDocuments.class)
public class StatementDocuments {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final DocumentWriter writer;

    /** A written file and the name it is offered under. */
    public record File(String name, byte[] content) {
    }

    @Activate
    public StatementDocuments(@Reference DocumentWriter writer) {
        this.writer = writer;
    }

    /** Written in full before it is answered, so that a refusal (no font for the PDF: 503) never breaks a download. */
    public File unit(UnitStatement s, DocumentFormat format) {
        return write(unitDocument(s, today()), format, s.unitName() + s.year() + "年度党费收缴明细");
    }

    public File member(YearlyStatement s, DocumentFormat format) {
        return write(memberDocument(s, today()), format, s.memberName() + s.year() + "年度党费交纳明细");
    }

    static Document unitDocument(UnitStatement s, String date) {
        DuesFigures f = s.total();
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Heading(1, "一、收缴情况"));
        blocks.add(new Document.Paragraph(s.year() + "年应交党费" + f.expected().toPlainString() + "元，实交" + f.collected().toPlainString()
                + "元，收缴率" + (f.ratePercent() == null ? "—" : f.ratePercent() + "%") + "；补缴" + f.backPayments().toPlainString()
                + "元，自愿多交" + f.voluntary().toPlainString() + "元，特殊党费" + f.special().toPlainString() + "元；欠缴党员"
                + f.membersInArrears() + "名，其中连续六个月以上未交" + f.sixMonthsOrMore() + "名。"));
        blocks.add(new Document.Heading(1, "二、党员交纳情况"));
        List<List<String>> members = new ArrayList<>();
        for (Line line : s.members()) {
            members.add(List.of(line.memberName(), line.organizationName() == null ? "" : line.organizationName(),
                    line.due().toPlainString(), line.paid().toPlainString(), line.due().subtract(line.paid()).max(BigDecimal.ZERO)
                            .toPlainString(), months(line.months(), StatementMark.UNPAID), months(line.months(), StatementMark.BACK_PAID),
                    line.extras().toPlainString()));
        }
        blocks.add(new Document.Table(List.of("姓名", "党组织", "应交（元）", "实交（元）", "未交（元）", "未交月份", "补缴月份",
                "自愿多交和特殊党费（元）"), members));
        blocks.add(new Document.Heading(1, "三、逐月收缴情况"));
        List<List<String>> months = new ArrayList<>();
        for (MonthFigures m : s.months()) {
            months.add(List.of(m.period(), m.expected().toPlainString(), m.collected().toPlainString(),
                    m.ratePercent() == null ? "—" : m.ratePercent() + "%", m.settled() + " / " + m.organizations()));
        }
        months.add(List.of(StatementSheets.TOTAL, f.expected().toPlainString(), f.collected().toPlainString(),
                f.ratePercent() == null ? "—" : f.ratePercent() + "%", ""));
        blocks.add(new Document.Table(List.of("月份", "应交（元）", "实交（元）", "收缴率", "已结算组织 / 组织"), months));
        return new Document(Document.TitlePage.heading(s.unitName() + s.year() + "年度党费收缴明细", null, List.of(s.unitName(), date)),
                blocks);
    }

    static Document memberDocument(YearlyStatement s, String date) {
        List<Document.Block> blocks = new ArrayList<>();
        BigDecimal extras = s.extras().stream().map(Extra::amount).reduce(DueLedger.money(null), BigDecimal::add);
        blocks.add(new Document.Paragraph(s.year() + "年应交党费" + s.due().toPlainString() + "元，实交" + s.paid().toPlainString()
                + "元；自愿多交和特殊党费" + extras.toPlainString() + "元。党费缴至：" + (s.paidUpTo() == null ? "—" : s.paidUpTo()) + "。"));
        List<List<String>> rows = new ArrayList<>();
        for (Due d : s.months()) {
            rows.add(List.of(d.period(), d.category().label(), d.amountDue().toPlainString(),
                    StatementMark.of(d.status(), d.backPayment()).label(), d.paidAmount() == null ? "" : d.paidAmount().toPlainString(),
                    d.paidOn() == null ? "" : d.paidOn().toString(), d.channel() == null ? "" : d.channel().label(),
                    d.note() == null ? "" : d.note()));
        }
        rows.add(List.of(StatementSheets.TOTAL, "", s.due().toPlainString(), "", s.paid().toPlainString(), "", "", ""));
        blocks.add(new Document.Heading(1, "一、按月交纳情况"));
        blocks.add(new Document.Table(List.of("月份", "类别", "应交（元）", "状态", "实交（元）", "交纳日期", "交纳方式", "备注"), rows));
        if (!s.extras().isEmpty()) {
            blocks.add(new Document.Heading(1, "二、自愿多交和特殊党费"));
            blocks.add(new Document.Table(List.of("日期", "种类", "金额（元）", "备注"), s.extras().stream()
                    .map(e -> List.of(e.paidOn().toString(), e.kind().label(), e.amount().toPlainString(), e.note() == null ? "" : e.note()))
                    .toList()));
        }
        return new Document(Document.TitlePage.heading(s.memberName() + s.year() + "年度党费交纳明细",
                "党费缴至：" + (s.paidUpTo() == null ? "—" : s.paidUpTo()), List.of(date)), blocks);
    }

    /** The months with the mark, as 3、4、5月; empty when none. */
    static String months(List<StatementMark> marks, StatementMark mark) {
        List<String> months = new ArrayList<>();
        for (int m = 0; m < marks.size(); m++) {
            if (marks.get(m) == mark) {
                months.add(String.valueOf(m + 1));
            }
        }
        return months.isEmpty() ? "" : String.join("、", months) + "月";
    }

    private File write(Document document, DocumentFormat format, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(document, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(name.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + format.extension(), out.toByteArray());
    }

    private static String today() {
        LocalDate d = LocalDate.now(CHINA);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
