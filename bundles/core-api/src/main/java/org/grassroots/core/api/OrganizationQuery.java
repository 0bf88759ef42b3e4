package org.grassroots.core.api;

/** Search criteria for units; null fields do not filter. {@code name} matches a substring. */
public record OrganizationQuery(String name, Long subtreeOf, UnitType unitType, PartyOrgType partyOrgType,
                                Domain domain, OrgStatus status) {
    public static OrganizationQuery inSubtree(long organizationId) {
        return new OrganizationQuery(null, organizationId, null, null, null, null);
    }
}
