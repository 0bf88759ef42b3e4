package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** A new role model (发现): a member ({@code memberId}) or an organization ({@code organizationId}); or the editable fields of one. */
public record RoleModelDraft(SubjectKind subjectKind, Long memberId, Long organizationId, String name, ModelField field,
                             Integer year, String deeds, LocalDate discoveredOn) {
}
