package org.grassroots.affairs.internal;

import java.time.Instant;
import java.util.Map;

/** A democratic evaluation campaign (民主评议党员) of one organization for one year. */
public record Campaign(long id, long organizationId, String organizationName, int year, CampaignStatus status,
                       int members, int rated, int excused, int unrated, Map<Rating, Integer> byRating,
                       String openedBy, Instant openedAt, String closedBy, Instant closedAt, long version) {
}
