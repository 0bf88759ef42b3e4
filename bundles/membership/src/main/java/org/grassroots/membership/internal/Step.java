package org.grassroots.membership.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded step of a file: when it was done, by whom it was recorded, and what it carries. */
public record Step(long id, long fileId, StepCode code, LocalDate doneOn, String note, Integer hours, Integer days,
                   Integer months, Integer entitled, Integer present, Integer inFavour, Instant recordedAt,
                   String recordedBy) {
}
