package org.grassroots.affairs.internal;

import java.time.Instant;
import java.util.List;

/** A 党小组 of a branch with its leader and members (names through core's references). */
public record PartyGroup(long id, long organizationId, String organizationName, String name, long leaderId, String leaderName,
                         List<GroupMember> members, String createdBy, Instant createdAt, long version) {
    /** One member of the group. */
    public record GroupMember(long memberId, String name) {
    }
}
