package org.grassroots.education.internal;

import java.math.BigDecimal;

public record RequirementDraft(BigDecimal hours) {
}
