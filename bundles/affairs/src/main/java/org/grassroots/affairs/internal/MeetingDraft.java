package org.grassroots.affairs.internal;

import java.time.LocalDate;

/** A meeting to plan. */
public record MeetingDraft(Long organizationId, MeetingType type, String title, String topics, LocalDate plannedOn,
                           String place, Long guideId) {
}
