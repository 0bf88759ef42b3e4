package org.grassroots.affairs.internal.assessment;

import java.time.LocalDate;

/** Recording a capability session: the organization, the presenter (a member), the topic, the day. */
public record SessionDraft(Long organizationId, Long presenterId, String topic, LocalDate heldOn) {
}
