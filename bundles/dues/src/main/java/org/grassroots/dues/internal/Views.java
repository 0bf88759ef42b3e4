package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the REST API and the shell read and send. Months are {@code "2024-03"}; money is yuan with two decimals.
 * A base (income) is personal data: lists show it masked ({@code ****}), a single record in full for the roles
 * entitled (audited), and a masked value sent back means "unchanged".
 */
public final class Views {
    private Views() {
    }

    public record BandSet(DuesCategory category, List<Band> bands, Instant updatedAt, String updatedBy, long version) {
    }

    public record BandSetDraft(List<Band> bands) {
    }

    public record Base(long id, long memberId, String memberName, long organizationId, String organizationName, int year,
                       DuesCategory category, String baseAmount, BigDecimal fixedAmount, BigDecimal monthlyAmount,
                       String note, Instant confirmedAt, String confirmedBy, long version) {
    }

    /** {@code baseAmount} as text (a masked value means unchanged); {@code fixedAmount} for fixed categories. */
    public record BaseDraft(Long memberId, Integer year, DuesCategory category, String baseAmount, BigDecimal fixedAmount,
                            String note) {
    }

    public record Exemption(long id, long memberId, String memberName, long organizationId, String from, String to,
                            String reason, Instant createdAt, String createdBy, long version) {
    }

    public record ExemptionDraft(Long memberId, String from, String to, String reason) {
    }

    /** An organization's month with its counts and sums (computed by query). */
    public record Month(long id, long organizationId, String organizationName, String period, MonthStatus status,
                        long dues, long paid, long unpaid, long exempt, BigDecimal expected, BigDecimal collected,
                        Instant openedAt, String openedBy, Instant settledAt, String settledBy,
                        List<MonthAction> allowedActions, long version) {
    }

    /** Open {@code period} for the unit ({@code cascade}: for every unit below it with members, too). */
    public record MonthDraft(Long organizationId, String period, Boolean cascade) {
    }

    public record MissingBase(long memberId, String memberName, long organizationId) {
    }

    /** What opening did: the months opened, and members left out because they have no base for the year. */
    public record OpenResult(List<Month> opened, List<MissingBase> missingBases) {
    }

    public record MonthStep(MonthAction action, MonthStatus fromStatus, MonthStatus toStatus, String actor, Instant at,
                            String note) {
    }

    public record StepDraft(String note) {
    }

    public record Due(long id, long monthId, long memberId, String memberName, long organizationId, String period,
                      DuesCategory category, BigDecimal amountDue, DueStatus status, BigDecimal paidAmount,
                      LocalDate paidOn, PaymentChannel channel, boolean backPayment, Instant recordedAt,
                      String recordedBy, String note, long version) {
    }

    /** A payment of one due: the amount must equal the amount due (more goes to voluntary extra dues). */
    public record PaymentDraft(LocalDate paidOn, PaymentChannel channel, BigDecimal amount, String note) {
    }

    /** Paying several dues at once (a branch's collection day); {@code dueIds} of one month or of several. */
    public record BulkPayment(List<Long> dueIds, LocalDate paidOn, PaymentChannel channel, String note) {
    }

    /** How many dues were paid and for how much; {@code skipped}: the listed dues that were paid or exempt already. */
    public record BulkResult(int paid, BigDecimal amount, List<Long> skipped) {
    }

    public record RevokeDraft(String reason) {
    }

    public record Extra(long id, long memberId, String memberName, long organizationId, ExtraKind kind, BigDecimal amount,
                        LocalDate paidOn, String note, Instant recordedAt, String recordedBy, long version) {
    }

    public record ExtraDraft(Long memberId, ExtraKind kind, BigDecimal amount, LocalDate paidOn, String note) {
    }

    /** A member in arrears: unpaid months of settled months, the longest consecutive run, the sum owed. */
    public record ArrearsRow(long memberId, String memberName, long organizationId, String organizationName, int months,
                             int longestRun, String runEnds, BigDecimal owed, boolean flagged) {
    }

    /** The collection figures of a subtree for a year or one month. */
    public record Figures(BigDecimal expected, BigDecimal collected, Double ratePercent, long dues, long paidDues,
                          long unpaidDues, long exemptDues, BigDecimal backPayments, BigDecimal voluntary,
                          BigDecimal special, long membersInArrears, long sixMonthsOrMore) {
    }

    public record MonthFigures(String period, BigDecimal expected, BigDecimal collected, Double ratePercent,
                               long organizations, long settled) {
    }

    public record UnitFigures(long unitId, String code, String name, BigDecimal expected, BigDecimal collected,
                              Double ratePercent, long months, long settled) {
    }

    /** The module's panel: the figures in total, per month and per unit directly below. */
    public record Dashboard(long unitId, String unitName, int year, String month, Figures total,
                            List<MonthFigures> months, List<UnitFigures> units) {
    }

    /** A member's year: every month's dues and the extras; {@code paidUpTo} the last month with nothing owed before it. */
    public record Statement(long memberId, String memberName, int year, List<Due> months, List<Extra> extras,
                            BigDecimal due, BigDecimal paid, String paidUpTo) {
    }

}
