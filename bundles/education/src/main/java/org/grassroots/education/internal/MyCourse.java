package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A published course as a member sees it: the materials, the questions without their answers, and the member's own
 * standing (passed, best score, attempts).
 */
public record MyCourse(long id, String unitName, String title, String description, BigDecimal hours, int passMark,
                       List<CourseDraft.Link> links, List<Course.Question> questions, boolean passed, Integer bestScore,
                       long attempts) {
}
