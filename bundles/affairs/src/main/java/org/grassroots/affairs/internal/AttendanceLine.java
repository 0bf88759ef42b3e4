package org.grassroots.affairs.internal;

/** One member's attendance: present, or absent with the reason given and whether it is a proper one (正当理由). */
public record AttendanceLine(long memberId, String memberName, boolean present, String reason, boolean excused) {
}
