package org.grassroots.community.internal;

import java.time.Instant;
import java.time.LocalDate;

/** 双报到 (b): a member registered with their residential community, with the volunteer post they took. */
public record Registration(long id, long communityId, String communityName, long memberId, String memberName,
                           long organizationId, String organizationName, String volunteerPost, RegistrationStatus status,
                           LocalDate registeredOn, Instant registeredAt, String registeredBy, LocalDate cancelledOn,
                           Instant cancelledAt, String cancelledBy, String cancelReason, long version) {
}
