package org.grassroots.dues.internal;

/** Matching a kept import row by hand: the due it pays. */
public record MatchDraft(Long dueId) {
}
