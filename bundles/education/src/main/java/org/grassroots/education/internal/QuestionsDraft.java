package org.grassroots.education.internal;

import java.util.List;

/** A course's whole question bank, replacing the one before: single-choice questions with the right choice's index. */
public record QuestionsDraft(List<Question> questions) {
    public record Question(String text, List<String> choices, Integer answer) {
    }
}
