package org.grassroots.rolemodel.internal;


/** A quota of a campaign: at most {@code quota} live nominations of the category from the unit's subtree; {@code used} so far. */
public record Quota(AwardCategory category, long organizationId, String organizationName, int quota, long used) {
}
