package org.grassroots.dues.internal;

public record ExemptionDraft(Long memberId, String from, String to, String reason) {
}
