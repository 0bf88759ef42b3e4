package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** A member to add to a building committee. */
public record CommitteeMemberDraft(String personName, MemberSide side, String represents, CommitteePost post, LocalDate termFrom, LocalDate termTo) {
}
