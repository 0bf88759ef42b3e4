package org.grassroots.education.internal;

/** One member of a session's roster (the members of its target organizations) and, once held, their attendance. */
public record RosterEntry(long memberId, String memberName, long unitId, String unitName, AttendanceStatus status,
                          boolean checkedIn) {
}
