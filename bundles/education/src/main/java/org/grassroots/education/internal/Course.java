package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An online course as its managers see it: materials, the question bank with the right answers, and how many members
 * took the exam and passed. Members see it through {@link MyCourse}, without the answers.
 */
public record Course(long id, long unitId, String unitName, String title, String description, BigDecimal hours,
                     int passMark, CourseStatus status, List<CourseDraft.Link> links, List<Question> questions,
                     long takers, long passed, List<CourseAction> allowedActions, Instant createdAt, String createdBy,
                     long version) {
    /** A question; {@code answer} (the right choice's index) is null where members read it. */
    public record Question(int number, String text, List<String> choices, Integer answer) {
    }
}
