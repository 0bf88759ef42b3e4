package org.grassroots.buildings.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A member of a building committee: whom they speak for, post and term. */
public record CommitteeMember(long id, long committeeId, String personName, MemberSide side, String represents, CommitteePost post, LocalDate termFrom, LocalDate termTo, boolean current, Instant createdAt, String createdBy, long version) {
}
