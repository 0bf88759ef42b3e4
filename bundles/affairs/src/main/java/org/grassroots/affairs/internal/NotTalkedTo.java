package org.grassroots.affairs.internal;

/** A member without a 谈心谈话 talk in the year. */
public record NotTalkedTo(long memberId, String memberName, long organizationId) {
}
