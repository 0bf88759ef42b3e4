package org.grassroots.affairs.internal.terms;

/** A branch of {@value TermRules#COMMITTEE_MEMBERS} or more full members without an elected committee. */
public record CommitteeGap(long organizationId, String organizationName, long fullMembers, Long termId) {
}
