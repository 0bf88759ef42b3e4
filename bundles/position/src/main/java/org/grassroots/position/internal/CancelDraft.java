package org.grassroots.position.internal;

/** Why a booking is cancelled. */
public record CancelDraft(String reason) {
}
