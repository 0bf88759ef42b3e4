package org.grassroots.rolemodel.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A role model as the API shows it: its stage and the steps allowed, its tier and where its recommendation stands. */
public record RoleModel(long id, SubjectKind subjectKind, Long memberId, String name, long organizationId,
                        String organizationName, ModelField field, int year, String deeds, Stage stage, Tier tier,
                        LocalDate discoveredOn, LocalDate cultivatedOn, LocalDate publicizedOn, LocalDate learningOn,
                        List<StageAction> allowedSteps, RecommendationStatus recommendation, Long pendingUnitId,
                        String pendingUnitName, Instant pendingSince, Instant createdAt, String createdBy, long version) {
}
