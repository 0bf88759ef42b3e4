package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.List;

import org.grassroots.core.api.participation.ParticipationKind;

/**
 * The six-month rule on a day: the cutoff, the kinds checked (those some installed module records), and one page of
 * the cases ({@code items}, {@code total}, as a page of any list), longest-standing first.
 */
public record SixMonthReport(LocalDate asOf, LocalDate cutoff, List<ParticipationKind> checked, List<SixMonthCase> items,
                             long total, int page, int size) {
}
