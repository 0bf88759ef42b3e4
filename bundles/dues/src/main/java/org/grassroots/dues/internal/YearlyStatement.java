package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.util.List;

/** A member's year: every month's dues and the extras; {@code paidUpTo} the last month with nothing owed before it. */
public record YearlyStatement(long memberId, String memberName, int year, List<Due> months, List<Extra> extras,
                              BigDecimal due, BigDecimal paid, String paidUpTo) {
}
