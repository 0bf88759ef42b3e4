package org.grassroots.dues.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Spreadsheets of the dues (XLSX or CSV through core's spreadsheet service): a month's list (also the import
 * template), the settlement report of a subtree for a month, and the import of payments exported by a bank or
 * WeChat Pay: each row with a date is matched to the month's due of the member of that name and paid when the
 * amount is the amount due; the other rows come back as unmatched, with the reason, and are kept for manual matching
 * ({@link UnmatchedPayments}). A file
 * with unreadable cells is refused whole (422 with the rows), nothing stored.
 */
@Component(service = DuesSheets.class)
public class DuesSheets {
    static final String NAME = "姓名";
    static final String AMOUNT = "金额";
    static final String DATE = "日期";
    static final String NOTE = "备注";
    static final List<String> MONTH_HEADERS = List.of(NAME, "类别", AMOUNT, "状态", DATE, "交纳方式", "补缴", NOTE);
    static final List<String> REPORT_HEADERS = List.of("党组织", "月份", "状态", "应交人数", "已交人数", "未交人数", "免交人数",
            "应交金额（元）", "实交金额（元）", "收缴率（%）", "结算时间", "结算人");

    /** A row of an imported file paid to a member's due. */
    public record MatchedRow(int row, long dueId, String memberName, BigDecimal amount, LocalDate paidOn) {
    }

    /** A row that was not paid, with the reason, kept for manual matching ({@code id}: the kept row, {@link UnmatchedPayments}). */
    public record UnmatchedRow(int row, String name, BigDecimal amount, LocalDate paidOn, LocalizedText reason, Long id) {
    }

    public record ImportResult(int matched, BigDecimal amount, List<MatchedRow> matchedRows, List<UnmatchedRow> unmatched) {
    }

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Spreadsheets spreadsheets;
    private final Payments payments;
    private final Months months;
    private final UnmatchedPayments unmatchedPayments;

    @Activate
    public DuesSheets(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                      @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Spreadsheets spreadsheets,
                      @Reference Payments payments, @Reference Months months, @Reference UnmatchedPayments unmatchedPayments) {
        this.jpa = jpa;
        this.scope = scopes.of(DuesModule.ID);
        this.audit = audit;
        this.spreadsheets = spreadsheets;
        this.payments = payments;
        this.months = months;
        this.unmatchedPayments = unmatchedPayments;
    }

    public ImportResult importPayments(long monthId, FileFormat format, PaymentChannel channel, InputStream in) {
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(NAME, AMOUNT, DATE));
        reader.throwIfRejected();
        record Row(SheetRow row, String name, BigDecimal amount, LocalDate paidOn) {
        }
        List<Row> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            LocalDate paidOn = reader.date(row, DATE, false);
            if (paidOn == null) {
                continue; // not a payment (e.g. an unpaid line of the exported list)
            }
            String name = reader.text(row, NAME, true);
            BigDecimal amount = reader.decimal(row, AMOUNT, true);
            if (paidOn.isAfter(LocalDate.now())) {
                reader.reject(row, DATE, "不能晚于今天");
            }
            if (amount != null && amount.signum() <= 0) {
                reader.reject(row, AMOUNT, "应大于 0");
            }
            rows.add(new Row(row, name == null ? null : name.trim(), amount, paidOn));
        }
        reader.throwIfRejected();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            MonthEntity month = months.visible(em, monthId);
            scope.requireEnabled(month.organizationId);
            Map<String, List<DueEntity>> byName = new HashMap<>();
            for (DueEntity d : em.createQuery("SELECT d FROM DueEntity d WHERE d.monthId = :m", DueEntity.class)
                    .setParameter("m", monthId).getResultList()) {
                byName.computeIfAbsent(d.memberName, k -> new ArrayList<>()).add(d);
            }
            List<MatchedRow> matched = new ArrayList<>();
            List<UnmatchedRow> unmatched = new ArrayList<>();
            Set<Long> paidNow = new HashSet<>();
            Set<Long> paidMonths = new HashSet<>();
            List<Integer> toKeep = new ArrayList<>();
            BigDecimal sum = DueLedger.money(null);
            for (Row r : rows) {
                List<DueEntity> candidates = byName.getOrDefault(r.name(), List.of());
                LocalizedText reason = null;
                boolean repeated = false; // what is stored already (an export sent back): answered, not kept
                DueEntity due = candidates.size() == 1 ? candidates.get(0) : null;
                if (candidates.isEmpty()) {
                    reason = DuesText.TEXT.both("import.noMember", r.name());
                } else if (due == null) {
                    reason = DuesText.TEXT.both("import.severalMembers", candidates.size(), r.name());
                } else if (paidNow.contains(due.id)) {
                    reason = DuesText.TEXT.both("import.twice");
                } else if (due.status == DueStatus.PAID) {
                    reason = DuesText.TEXT.both("pay.alreadyPaid", due.memberName, Periods.text(due.period), due.paidOn);
                    repeated = r.paidOn().equals(due.paidOn) && r.amount().compareTo(due.amountDue) == 0;
                } else if (due.status == DueStatus.EXEMPT) {
                    reason = DuesText.TEXT.both("pay.exempt", due.memberName, Periods.text(due.period));
                } else if (due.amountDue.compareTo(r.amount()) != 0) {
                    reason = DuesText.TEXT.both("pay.amount", due.amountDue.toPlainString());
                }
                if (reason != null) {
                    unmatched.add(new UnmatchedRow(r.row().rowNumber(), r.name(), r.amount(), r.paidOn(), reason, null));
                    if (!repeated) {
                        toKeep.add(unmatched.size() - 1);
                    }
                    continue;
                }
                payments.payIn(em, due, r.paidOn(), channel, DuesText.TEXT.message("import.note", r.row().rowNumber()).chinese(), actor);
                unmatchedPayments.matchedByImport(em, monthId, r.name(), r.amount(), r.paidOn(), due.id, actor);
                paidNow.add(due.id);
                paidMonths.add(due.monthId);
                sum = sum.add(due.amountDue);
                matched.add(new MatchedRow(r.row().rowNumber(), due.id, due.memberName, due.amountDue, r.paidOn()));
            }
            MonthTotals.recount(em, paidMonths);
            List<Long> kept = unmatchedPayments.keep(em, month, toKeep.stream().map(unmatched::get).toList(), channel, actor);
            for (int k = 0; k < toKeep.size(); k++) {
                UnmatchedRow u = unmatched.get(toKeep.get(k));
                unmatched.set(toKeep.get(k), new UnmatchedRow(u.row(), u.name(), u.amount(), u.paidOn(), u.reason(), kept.get(k)));
            }
            audit.record("IMPORT", Payments.TYPE, null, scope.name(month.organizationId) + " " + Periods.text(month.period) + ": "
                    + matched.size() + " paid, " + unmatched.size() + " unmatched", List.of());
            return new ImportResult(matched.size(), sum, matched, unmatched);
        });
    }

    /** The month's dues, one row per member (no base: that is personal data); also the import template. */
    public void exportMonth(long monthId, FileFormat format, OutputStream out) {
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            var batch = payments.ofMonth(monthId, null, null, new PageRequest(page, PageRequest.MAX_SIZE, null)).items();
            for (var d : batch) {
                rows.add(List.of(d.memberName(), d.category().label(), d.amountDue().toPlainString(), d.status().label(),
                        d.paidOn() == null ? "" : d.paidOn().toString(), d.channel() == null ? "" : d.channel().label(),
                        d.backPayment() ? "是" : "", d.note() == null ? "" : d.note()));
            }
            if (batch.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        write(format, MONTH_HEADERS, rows, out);
    }

    /** The settlement report: every month of the period in the unit's subtree, as the level above asks for it. */
    public void report(Organization unit, String period, FileFormat format, OutputStream out) {
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Month> batch = months.search(unit.id(), period, null, null, new PageRequest(page, PageRequest.MAX_SIZE, "period")).items();
            for (Month m : batch) {
                Double rate = DuesStatistics.rate(m.collected(), m.expected());
                rows.add(List.of(m.organizationName() == null ? "" : m.organizationName(), m.period(), m.status().label(),
                        String.valueOf(m.dues() - m.exempt()), String.valueOf(m.paid()), String.valueOf(m.unpaid()),
                        String.valueOf(m.exempt()), m.expected().toPlainString(), m.collected().toPlainString(),
                        rate == null ? "" : rate.toString(), m.settledAt() == null ? "" : m.settledAt().toString(),
                        m.settledBy() == null ? "" : m.settledBy()));
            }
            if (batch.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        write(format, REPORT_HEADERS, rows, out);
    }

    private void write(FileFormat format, List<String> headers, List<List<String>> rows, OutputStream out) {
        try {
            spreadsheets.write(format, headers, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
