package org.grassroots.industrial.internal;

/** @param partyOrgType the grid's own Party organization, if any (e.g. JOINT_BRANCH for the grid's joint branch); default none */
public record GridDraft(String code, String name, org.grassroots.core.api.PartyOrgType partyOrgType) {
}
