package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** An entry of the honours register: who was awarded what, at which level, in which year, by which body, and the role model it fed. */
public record Honour(long id, String title, AwardCategory category, SubjectKind subjectKind, Long memberId, String name, long organizationId,
                     String organizationName, Tier level, int year, String issuer, LocalDate awardedOn, Long campaignId,
                     Long nominationId, Long modelId) {
}
