package org.grassroots.affairs.internal.assessment;

import java.time.Instant;
import java.util.List;

/** A yearly assessment round with how many of its records are listed and decided. */
public record Round(long id, RoundKind kind, long unitId, String unitName, int year, GradeScheme scheme, RoundStatus status,
                    List<Criterion> criteria, int listed, int decided, String openedBy, Instant openedAt, String closedBy,
                    Instant closedAt, long version) {
}
