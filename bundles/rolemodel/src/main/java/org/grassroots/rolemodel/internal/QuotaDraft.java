package org.grassroots.rolemodel.internal;


/** One quota of a new campaign. */
public record QuotaDraft(AwardCategory category, Long organizationId, Integer quota) {
}
