package org.grassroots.membership.internal;

/** A unit's plan of a year (created or replaced). */
public record PlanDraft(Long organizationId, Integer year, Integer quota, String note) {
}
