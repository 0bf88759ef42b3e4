package org.grassroots.education.internal;

import java.time.Instant;
import java.util.List;

/** A boutique route (精品路线): an ordered list of approved sites. */
public record Route(long id, long unitId, String unitName, String name, String theme, int durationMinutes,
                    String schedule, RouteStatus status, Instant publishedAt, String publishedBy, List<Stop> stops,
                    Instant createdAt, String createdBy, long version) {
}
