package org.grassroots.community.internal;

import java.time.LocalDate;

/** Ends a post (term over, resigned, moved): the day and why. */
public record TermEnd(LocalDate endedOn, String reason) {
}
