package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

/** What a course and its question bank may hold, how an exam is scored, which courses a member's units offer. */
class CourseRulesTest {

    @Test
    void aCourseNamesEveryRefusedField() {
        ValidationException e = assertThrows(ValidationException.class, () -> CourseRules.course(new CourseDraft(1L, " ",
                null, new BigDecimal("1.3"), 0, List.of(new CourseDraft.Link("党章", "javascript:alert(1)"), new CourseDraft.Link("", "https://x.cn")))));
        assertEquals(List.of("title", "hours", "passMark", "links[0].url", "links[1].title"), fields(e));
    }

    @Test
    void aCourseKeepsItsLinksAndDefaultsThePassMark() {
        CourseRules.Checked c = CourseRules.course(new CourseDraft(1L, " 学习党章 ", null, new BigDecimal("2.5"), null,
                List.of(new CourseDraft.Link("党章全文", "https://www.12371.cn/dangzhang"))));
        assertEquals("学习党章", c.title());
        assertEquals(new BigDecimal("2.5"), c.hours());
        assertEquals(60, c.passMark());
        assertEquals(1, c.links().size());
        assertFalse(CourseRules.webAddress("ftp://x.cn/a"));
        assertTrue(CourseRules.webAddress("http://x.cn"));
    }

    @Test
    void aQuestionNeedsTwoDistinctChoicesAndItsAnswer() {
        ValidationException e = assertThrows(ValidationException.class, () -> CourseRules.questions(new QuestionsDraft(List.of(
                new QuestionsDraft.Question("入党誓词共多少字？", List.of("80", "80"), 0),
                new QuestionsDraft.Question("", List.of("是"), null),
                new QuestionsDraft.Question("党的最高理想？", List.of("共产主义", "小康"), 2)))));
        assertEquals(List.of("questions[0].choices", "questions[1].text", "questions[1].choices", "questions[1].answer",
                "questions[2].answer"), fields(e));
        assertThrows(ValidationException.class, () -> CourseRules.questions(new QuestionsDraft(List.of())));
        List<CourseRules.CheckedQuestion> ok = CourseRules.questions(new QuestionsDraft(List.of(
                new QuestionsDraft.Question("党的最高理想？", List.of("共产主义", "小康"), 0))));
        assertEquals(0, ok.get(0).answer());
    }

    @Test
    void anExamIsScoredInWholePercent() {
        List<QuestionEntity> bank = List.of(question(0), question(1), question(2));
        assertEquals(2, CourseRules.correct(bank, List.of(0, 1, 0)));
        assertEquals(67, CourseRules.score(2, 3));
        assertEquals(78, CourseRules.score(7, 9));
        assertEquals(100, CourseRules.score(3, 3));
        ValidationException e = assertThrows(ValidationException.class, () -> CourseRules.correct(bank, Arrays.asList(0, null, 5)));
        assertEquals(List.of("answers[1]", "answers[2]"), fields(e));
        assertEquals(List.of("answers"), fields(assertThrows(ValidationException.class, () -> CourseRules.correct(bank, List.of(0)))));
    }

    @Test
    void aMemberSeesTheCoursesOfTheirUnitAndTheUnitsAbove() {
        assertEquals(List.of("/1/", "/1/5/", "/1/5/9/"), Exams.ancestors("/1/5/9/"));
    }

    private static QuestionEntity question(int answer) {
        QuestionEntity q = new QuestionEntity();
        q.choices = "甲\n乙\n丙";
        q.answer = answer;
        return q;
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
