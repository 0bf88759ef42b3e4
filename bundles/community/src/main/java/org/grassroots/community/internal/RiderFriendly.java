package org.grassroots.community.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A "骑手友好社区" application: the checklist items met, the evidence, the decision and the date designated. */
public record RiderFriendly(long id, long communityId, String communityName, Set<RiderCriterion> criteriaMet,
                            List<RiderCriterion> missing, String evidence, RiderStatus status, Instant appliedAt,
                            String appliedBy, LocalDate designatedOn, Instant decidedAt, String decidedBy,
                            String decisionNote, long version) {
}
