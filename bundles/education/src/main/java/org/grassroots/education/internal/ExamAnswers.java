package org.grassroots.education.internal;

import java.util.List;

/** A member's answers to a course's exam: the chosen choice's index per question, in the questions' order. */
public record ExamAnswers(List<Integer> answers) {
}
