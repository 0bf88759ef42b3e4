package org.grassroots.rolemodel.internal;

import java.time.Instant;
import java.util.List;

/** A nomination as the API shows it: where it stands, the steps it allows, the level that must decide. */
public record Nomination(long id, long campaignId, String campaignName, AwardCategory category, SubjectKind subjectKind, Long memberId,
                         String name, long organizationId, String organizationName, ModelField field, String deeds,
                         NominationStatus status, List<NominationAction> allowedActions, Long pendingUnitId, String pendingUnitName,
                         Instant pendingSince, Instant createdAt, String createdBy, long version) {
}
