package org.grassroots.core.internal.demo;

import org.grassroots.core.api.OrganizationDraft;

/**
 * One unit of the demo district. The draft's {@code parentId} is null because ids exist only once the parent
 * is stored; {@code parentCode} names the parent instead (null for the root).
 */
public record DemoUnit(String code, String parentCode, OrganizationDraft draft) {

    /** The draft to store this unit under its parent, once the parent's id is known. */
    public OrganizationDraft draftUnder(Long parentId) {
        OrganizationDraft d = draft;
        return new OrganizationDraft(d.code(), d.name(), parentId, d.unitType(), d.partyOrgType(), d.domain(),
                d.secretaryId(), d.foundedOn(), d.divisionCode(), d.status());
    }
}
