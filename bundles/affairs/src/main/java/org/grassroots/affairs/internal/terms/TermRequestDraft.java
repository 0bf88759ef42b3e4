package org.grassroots.affairs.internal.terms;

import java.time.LocalDate;

/** What an organization asks the level above: an early or delayed election on a day, and why. */
public record TermRequestDraft(RequestKind kind, LocalDate plannedOn, String reason) {
}
