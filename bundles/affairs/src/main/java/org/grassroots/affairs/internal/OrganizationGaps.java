package org.grassroots.affairs.internal;

import java.util.List;

import org.grassroots.core.api.PartyOrgType;

/** An organization behind, with what it misses per type. */
public record OrganizationGaps(long organizationId, String code, String name, PartyOrgType partyOrgType,
                               Long secretaryId, List<ComplianceGap> gaps) {
}
