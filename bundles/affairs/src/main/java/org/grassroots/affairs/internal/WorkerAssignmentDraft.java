package org.grassroots.affairs.internal;

public record WorkerAssignmentDraft(Long memberId, WorkerRole role, Long organizationId) {
}
