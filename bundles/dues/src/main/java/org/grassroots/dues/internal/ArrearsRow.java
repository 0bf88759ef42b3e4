package org.grassroots.dues.internal;

import java.math.BigDecimal;

/** A member in arrears: unpaid months of settled months, the longest consecutive run, the sum owed. */
public record ArrearsRow(long memberId, String memberName, long organizationId, String organizationName, int months,
                         int longestRun, String runEnds, BigDecimal owed, boolean flagged) {
}
