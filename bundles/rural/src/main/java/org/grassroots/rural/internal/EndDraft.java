package org.grassroots.rural.internal;

public record EndDraft(String reason, Boolean successful) {
}
