package org.grassroots.community.internal;

import java.time.LocalDate;

/** Registers a member with a community; {@code memberId} is ignored (the caller's own) in self-service. */
public record RegistrationDraft(Long memberId, Long communityId, String volunteerPost, LocalDate registeredOn) {
}
