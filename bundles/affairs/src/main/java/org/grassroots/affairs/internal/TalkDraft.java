package org.grassroots.affairs.internal;

import java.time.LocalDate;

/** Recording a talk: the organization, the member talked with, who talked, when and about what. */
public record TalkDraft(Long organizationId, Long memberId, Long talkerId, LocalDate heldOn, String topic, String notes) {
}
