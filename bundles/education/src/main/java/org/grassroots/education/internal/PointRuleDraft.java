package org.grassroots.education.internal;

import java.math.BigDecimal;

/** A new rule: points per approved hour, 0–10 in steps of 0.5. */
public record PointRuleDraft(BigDecimal pointsPerHour) {
}
