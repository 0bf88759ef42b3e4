package org.grassroots.core.api;

import java.time.LocalDate;

/**
 * A unit of the organization tree, optionally hosting a Party organization.
 *
 * @param path materialized path of ids from the root, e.g. {@code /1/7/42/}; a unit's subtree is every
 *             unit whose path starts with this one's
 * @param version optimistic-locking version; pass it back on update, move and delete
 */
public record Organization(long id, String code, String name, Long parentId, String path, int depth,
                           UnitType unitType, PartyOrgType partyOrgType, Domain domain, Long secretaryId,
                           LocalDate foundedOn, String divisionCode, OrgStatus status, long version) {

    /** Whether {@code other} lies in this unit's subtree (itself included). */
    public boolean contains(Organization other) {
        return other.path().startsWith(path);
    }
}
