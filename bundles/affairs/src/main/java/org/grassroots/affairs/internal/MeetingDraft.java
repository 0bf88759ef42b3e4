package org.grassroots.affairs.internal;

import java.time.LocalDate;

/** A meeting to plan; a 党小组会 names its group ({@code groupId}), other types none. */
public record MeetingDraft(Long organizationId, MeetingType type, String title, String topics, LocalDate plannedOn,
                           String place, Long guideId, Long groupId) {
}
