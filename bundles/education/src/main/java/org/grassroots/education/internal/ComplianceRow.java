package org.grassroots.education.internal;

import java.math.BigDecimal;

/** Compliance of one subtree: members, how many met the requirement, hours credited. */
public record ComplianceRow(long unitId, String unitName, long members, long meeting, double percent,
                            BigDecimal hours) {
}
