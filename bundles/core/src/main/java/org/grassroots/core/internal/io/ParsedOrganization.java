package org.grassroots.core.internal.io;

import org.grassroots.core.api.OrganizationDraft;

/**
 * A unit row before its parent is resolved: the draft's {@code parentId} is null and the parent's code from
 * the file is given instead. The secretary is not imported, so {@code secretaryId} is null too.
 *
 * @param parentCode null for a root unit
 */
public record ParsedOrganization(int rowNumber, OrganizationDraft draft, String parentCode) {
}
