package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.List;

/** A member's study hours of a year against the requirement of their unit. */
public record MemberHours(long memberId, String memberName, long unitId, String unitName, int year,
                          BigDecimal hours, BigDecimal sessionHours, BigDecimal selfStudyHours, BigDecimal courseHours,
                          BigDecimal pendingHours, BigDecimal requirement, BigDecimal shortfall, boolean met,
                          List<Credit> credits) {
}
