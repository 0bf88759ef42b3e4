package org.grassroots.education.internal;

import java.math.BigDecimal;

/** A member below the requirement and by how much. */
public record Behind(long memberId, String memberName, long unitId, String unitName, BigDecimal hours,
                     BigDecimal requirement, BigDecimal shortfall) {
}
