package org.grassroots.position.internal;

import java.time.LocalDate;
import java.util.List;

/** An assessment: every item of the standard version scored once. */
public record AssessmentDraft(Long positionId, Integer year, Long standardId, LocalDate assessedOn, String assessor, String note,
                              List<ScoreDraft> scores) {
}
