package org.grassroots.affairs.internal.assessment;

/** The body of a report's step: the text (edit, submit), the result (decide), the reason (return) or a note. */
public record ReportStep(String body, ReportGrade result, String reason) {
}
