package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Self-study a member reports (or the secretary records for them): what, when, how many hours. */
public record SelfStudyDraft(Long memberId, String title, LocalDate studiedOn, BigDecimal hours) {
}
