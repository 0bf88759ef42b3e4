package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * An organization's yearly dues statement (党费收缴年度明细): the subtree's figures of the year and per month, and one
 * line per member with the twelve months' marks.
 */
public record UnitStatement(long unitId, String unitName, int year, DuesFigures total, List<MonthFigures> months,
                            List<Line> members) {

    /**
     * One member's year: {@code months} has twelve entries (January first), each {@link StatementMark} or null when the member
     * had no dues that month; {@code due} excludes exempt months, {@code extras} are voluntary and special dues.
     */
    public record Line(long memberId, String memberName, long organizationId, String organizationName, List<StatementMark> months,
                       BigDecimal due, BigDecimal paid, BigDecimal extras) {
    }

}
