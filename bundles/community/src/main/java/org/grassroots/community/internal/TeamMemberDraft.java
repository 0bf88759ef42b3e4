package org.grassroots.community.internal;

import java.time.LocalDate;

/** Appoints a member to a post of a community's team from {@code termStart}. */
public record TeamMemberDraft(Long communityId, Long memberId, TeamPost post, LocalDate termStart) {
}
