package org.grassroots.industrial.internal;

public record GridWorkerDraft(Long gridId, Long memberId, WorkerRole role) {
}
