package org.grassroots.dues.internal;

import java.math.BigDecimal;

/** The collection figures of a subtree for a year or one month. */
public record DuesFigures(BigDecimal expected, BigDecimal collected, Double ratePercent, long dues, long paidDues,
                          long unpaidDues, long exemptDues, BigDecimal backPayments, BigDecimal voluntary,
                          BigDecimal special, long membersInArrears, long sixMonthsOrMore) {
}
