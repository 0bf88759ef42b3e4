package org.grassroots.buildings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A decision of a committee meeting: owner, due date, follow-up status and the steps allowed from it. */
public record Decision(long id, long meetingId, long buildingId, String buildingName, String content, String ownerName, LocalDate dueOn, DecisionStatus status, LocalDate doneOn, boolean overdue, List<DecisionAction> allowed, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {
}
