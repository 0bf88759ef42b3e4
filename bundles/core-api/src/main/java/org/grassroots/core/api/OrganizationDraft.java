package org.grassroots.core.api;

import java.time.LocalDate;

/**
 * What a caller supplies to create or update a unit. {@code parentId} is ignored on update: moving is
 * its own operation because it rewrites the paths of a whole subtree.
 */
public record OrganizationDraft(String code, String name, Long parentId, UnitType unitType,
                                PartyOrgType partyOrgType, Domain domain, Long secretaryId,
                                LocalDate foundedOn, String divisionCode, OrgStatus status) {
}
