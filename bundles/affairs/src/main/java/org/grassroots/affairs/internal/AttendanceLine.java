package org.grassroots.affairs.internal;

/** One member's attendance: present, or absent with the reason given. */
public record AttendanceLine(long memberId, String memberName, boolean present, String reason) {
}
