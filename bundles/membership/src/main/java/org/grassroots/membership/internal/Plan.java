package org.grassroots.membership.internal;

/** A unit's development plan of a year, with how many candidates were made against it and how many admitted. */
public record Plan(long id, long organizationId, String organizationName, int year, int quota, long candidates,
                   long admitted, String note, long version) {
}
