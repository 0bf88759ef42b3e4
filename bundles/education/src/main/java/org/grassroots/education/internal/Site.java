package org.grassroots.education.internal;

import java.time.Instant;
import java.util.List;

/** A practice teaching site (实践教学点); {@code routes} are the published routes it is a stop of. */
public record Site(long id, long unitId, String unitName, String name, String category, String address,
                   Double longitude, Double latitude, int capacity, String openingHours, String contactName,
                   String contactPhone, String description, SiteStatus status, String rejectReason,
                   Instant proposedAt, String proposedBy, Instant reviewedAt, String reviewedBy,
                   List<String> routes, List<SiteAction> allowedActions, long version) {
}
