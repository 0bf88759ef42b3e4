package org.grassroots.buildings.internal;

/** A yearly assessment to record (score 0–100). */
public record AssessmentDraft(Integer year, Integer score, String note) {
}
