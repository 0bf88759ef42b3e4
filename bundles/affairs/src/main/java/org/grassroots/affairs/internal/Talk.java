package org.grassroots.affairs.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded 谈心谈话 talk with a member of an organization ({@code talkerId}: the secretary or committee member). */
public record Talk(long id, long organizationId, String organizationName, long memberId, String memberName, long talkerId,
                   String talkerName, LocalDate heldOn, String topic, String notes, String recordedBy, Instant recordedAt,
                   long version) {
}
