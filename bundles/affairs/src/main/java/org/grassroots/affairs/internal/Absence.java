package org.grassroots.affairs.internal;

/**
 * Absent member with the reason given, and whether it is a proper reason (正当理由; {@code null}: yes). An absence
 * without one counts towards the six-month rule (连续六个月不参加组织生活) as if the member had not been there.
 */
public record Absence(Long memberId, String reason, Boolean excused) {
    public boolean isExcused() {
        return excused == null || excused;
    }
}
