package org.grassroots.rural.internal;

public record PairingDraft(Long enterpriseId, Long villageId, Long needId) {
}
