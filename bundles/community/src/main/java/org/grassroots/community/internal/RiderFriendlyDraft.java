package org.grassroots.community.internal;

import java.util.Set;

/** A community applies with the checklist items it meets and a description of its evidence. */
public record RiderFriendlyDraft(Long communityId, Set<RiderCriterion> criteriaMet, String evidence) {
}
