package org.grassroots.affairs.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of an organization. {@code counted}: it counts towards compliance (held, and for a 支部党员大会 with
 * more than half of the full members present); {@code entitled}/{@code present}: the members entitled to attend
 * (full members for a 支部党员大会) and those present.
 */
public record Meeting(long id, long organizationId, String organizationName, MeetingType type, MeetingStatus status,
                      String title, String topics, LocalDate plannedOn, String place, LocalDate heldOn,
                      Long chairMemberId, Long recorderMemberId, Long lecturerMemberId, boolean bySecretary,
                      int entitled, int present, boolean counted, String summary, String reviewNote, int returnCount,
                      List<AttendanceLine> attendance, List<MeetingAction> allowedActions, String plannedBy,
                      Instant plannedAt, String heldBy, Instant heldAt, String submittedBy, Instant submittedAt,
                      String reviewedBy, Instant reviewedAt, String archivedBy, Instant archivedAt, String cancelReason,
                      Long guideId, Long groupId, long version) {
}
