package org.grassroots.affairs.internal;

import java.util.List;

/** A 党小组 to create or the new state of one: its branch, name, leader and members (the leader among them). */
public record PartyGroupDraft(Long organizationId, String name, Long leaderId, List<Long> memberIds) {
}
