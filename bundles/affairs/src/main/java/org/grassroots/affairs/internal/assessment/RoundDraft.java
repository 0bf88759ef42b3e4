package org.grassroots.affairs.internal.assessment;

import java.util.List;

/** Opening a round: what it covers, the unit whose subtree it covers, the year; a grading round's scheme and criteria. */
public record RoundDraft(RoundKind kind, Long unitId, Integer year, GradeScheme scheme, List<CriterionDraft> criteria) {
}
