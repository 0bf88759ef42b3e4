package org.grassroots.education.internal;

import java.math.BigDecimal;

/** One member's place in a ranking: equal points share a rank (1, 2, 2, 4). */
public record PointsEntry(int rank, long memberId, String memberName, long unitId, String unitName, BigDecimal hours,
                          BigDecimal points) {
}
