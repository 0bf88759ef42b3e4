package org.grassroots.education.internal;

import java.math.BigDecimal;

/**
 * The outcome of one exam: the score in percent, right answers of all, whether it passed and, on the first pass,
 * the hours credited (0 otherwise).
 */
public record ExamResult(long courseId, int score, int correct, int total, int passMark, boolean passed,
                         BigDecimal creditedHours) {
}
