package org.grassroots.rural.internal;

import java.time.Instant;

import org.grassroots.rural.internal.classify.Category;

public record Classification(long id, long villageId, String villageName, int year, double score,
                             Category computedCategory, Category proposedCategory, String proposalReason,
                             Category category, ClassificationStatus status, Instant computedAt, String computedBy,
                             Instant proposedAt, String proposedBy, Instant confirmedAt, String confirmedBy,
                             long version) {
}
