package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.ValidationException;

/**
 * The rules of a course and its exam, without a database: what a course and a question bank may hold, and how an
 * exam is scored. Every refused field is named at once (422).
 */
final class CourseRules {
    static final int DEFAULT_PASS_MARK = 60;
    static final int MAX_LINKS = 20;
    static final int MAX_QUESTIONS = 100;
    static final int MAX_CHOICES = 6;
    static final BigDecimal MAX_HOURS = new BigDecimal("40");

    private CourseRules() {
    }

    record Checked(String title, String description, BigDecimal hours, int passMark, List<CourseDraft.Link> links) {
    }

    record CheckedQuestion(String text, List<String> choices, int answer) {
    }

    static Checked course(CourseDraft d) {
        if (d == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        String title = errors.line("title", d.title(), 200, true);
        String description = errors.note("description", d.description(), 4000, false);
        BigDecimal hours = errors.number("hours", d.hours(), SessionRules.MIN_HOURS, MAX_HOURS, 1, true);
        if (hours != null && hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            errors.add("hours", EducationMessages.TEXT.message("course.halfHours"));
            hours = null;
        }
        Integer passMark = errors.whole("passMark", d.passMark() == null ? DEFAULT_PASS_MARK : d.passMark(), 1, 100, true);
        List<CourseDraft.Link> links = new ArrayList<>();
        List<CourseDraft.Link> given = d.links() == null ? List.of() : d.links();
        if (given.size() > MAX_LINKS) {
            errors.add("links", EducationMessages.TEXT.message("course.maxLinks", MAX_LINKS));
        } else {
            for (int i = 0; i < given.size(); i++) {
                CourseDraft.Link l = given.get(i);
                String linkTitle = errors.line("links[" + i + "].title", l == null ? null : l.title(), 200, true);
                String url = l == null ? null : errors.line("links[" + i + "].url", l.url(), 1000, true);
                if (url != null && !webAddress(url)) {
                    errors.add("links[" + i + "].url", EducationMessages.TEXT.message("course.url"));
                } else if (linkTitle != null && url != null) {
                    links.add(new CourseDraft.Link(linkTitle, url));
                }
            }
        }
        errors.throwIfAny();
        return new Checked(title, description, StudyHours.of(hours), passMark, links);
    }

    static List<CheckedQuestion> questions(QuestionsDraft d) {
        if (d == null || d.questions() == null) {
            throw EducationMessages.TEXT.invalid("questions", "course.questionsRequired", MAX_QUESTIONS);
        }
        ValidationException.Builder errors = ValidationException.builder();
        if (d.questions().isEmpty() || d.questions().size() > MAX_QUESTIONS) {
            errors.add("questions", EducationMessages.TEXT.message("course.questionsRequired", MAX_QUESTIONS));
        }
        List<CheckedQuestion> out = new ArrayList<>();
        for (int i = 0; i < Math.min(d.questions().size(), MAX_QUESTIONS); i++) {
            QuestionsDraft.Question q = d.questions().get(i);
            String at = "questions[" + i + "]";
            String text = errors.note(at + ".text", q == null ? null : q.text(), 1000, true);
            List<String> choices = new ArrayList<>();
            List<String> given = q == null || q.choices() == null ? List.of() : q.choices();
            if (given.size() < 2 || given.size() > MAX_CHOICES) {
                errors.add(at + ".choices", EducationMessages.TEXT.message("course.choices", MAX_CHOICES));
            } else {
                for (int j = 0; j < given.size(); j++) {
                    String choice = errors.line(at + ".choices[" + j + "]", given.get(j), 300, true);
                    if (choice != null) {
                        choices.add(choice);
                    }
                }
                if (new HashSet<>(choices).size() < choices.size()) {
                    errors.add(at + ".choices", EducationMessages.TEXT.message("course.choicesTwice"));
                }
            }
            Integer answer = q == null ? null : q.answer();
            if (answer == null || answer < 0 || answer >= Math.max(given.size(), 1)) {
                errors.add(at + ".answer", EducationMessages.TEXT.message("course.answer", Math.max(given.size(), 1)));
            }
            if (text != null && choices.size() == given.size() && answer != null && answer >= 0 && answer < choices.size()) {
                out.add(new CheckedQuestion(text, choices, answer));
            }
        }
        errors.throwIfAny();
        return out;
    }

    /** The share of right answers in whole percent, rounded half up (7 of 9 is 78). */
    static int score(int correct, int total) {
        return total == 0 ? 0 : BigDecimal.valueOf(correct * 100L).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).intValue();
    }

    /** Checks the answers against the bank's size and each question's choices; counts the right ones. */
    static int correct(List<QuestionEntity> bank, List<Integer> answers) {
        ValidationException.Builder errors = ValidationException.builder();
        if (answers == null || answers.size() != bank.size()) {
            errors.add("answers", EducationMessages.TEXT.message("exam.answers", bank.size()));
            errors.throwIfAny();
        }
        int correct = 0;
        for (int i = 0; i < bank.size(); i++) {
            Integer a = answers.get(i);
            int choices = bank.get(i).choices.split("\n", -1).length;
            if (a == null || a < 0 || a >= choices) {
                errors.add("answers[" + i + "]", EducationMessages.TEXT.message("exam.answer", choices));
            } else if (a == bank.get(i).answer) {
                correct++;
            }
        }
        errors.throwIfAny();
        return correct;
    }

    /** Only web addresses (http, https) with a host: a material is opened in the member's browser. */
    static boolean webAddress(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && !u.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
