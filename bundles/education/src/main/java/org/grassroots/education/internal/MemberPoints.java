package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A member's study points of a year: the total, by credit source, and the rank among the members of their own
 * organization (null without points).
 */
public record MemberPoints(long memberId, String memberName, long unitId, String unitName, int year, BigDecimal points,
                           Map<CreditSource, BigDecimal> bySource, Integer rankInUnit, long rankedInUnit) {
}
