package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.EntityManager;

import org.grassroots.core.api.Organization;

/**
 * The demo's online course of the district: a published course on the Party constitution with two materials and a
 * five-question bank, so that members of the demo district find an exam on 我的学时. Nobody has taken it: the demo's
 * figures stay those of the report.
 */
final class DemoCourses {
    private record Q(String text, int answer, String... choices) {
    }

    private static final List<Q> QUESTIONS = List.of(
            new Q("中国共产党的根本宗旨是？", 0, "全心全意为人民服务", "发展社会生产力", "实现共同富裕"),
            new Q("党的最高理想和最终目标是？", 2, "全面建成小康社会", "建成社会主义现代化强国", "实现共产主义"),
            new Q("党的基层组织设立党支部的条件是有正式党员多少人以上？", 1, "一人", "三人", "七人"),
            new Q("党员应当按照规定交纳党费，连续几个月不交纳党费又没有正当理由的，视为自行脱党？", 1, "三个月", "六个月", "十二个月"),
            new Q("党的组织原则是？", 0, "民主集中制", "少数服从多数", "集体领导"));

    private DemoCourses() {
    }

    static int write(EntityManager em, Organization root) {
        CourseEntity c = new CourseEntity();
        c.unitId = root.id();
        c.orgPath = root.path();
        c.title = "学习《中国共产党章程》";
        c.description = "阅读党章全文和学习辅导后参加在线测试，80 分及格，通过后认定 2 学时。";
        c.hours = new BigDecimal("2.0");
        c.passMark = 80;
        c.status = CourseStatus.PUBLISHED;
        c.createdAt = LocalDateTime.of(EducationDemoData.YEAR, 3, 1, 9, 0);
        c.createdBy = EducationDemoData.ACTOR;
        em.persist(c);
        em.flush();
        link(em, c.id, 0, "中国共产党章程（全文）", "https://www.12371.cn/special/zggcddzc/");
        link(em, c.id, 1, "党章学习辅导", "https://www.12371.cn/special/dzxx/");
        int position = 0;
        for (Q q : QUESTIONS) {
            QuestionEntity e = new QuestionEntity();
            e.courseId = c.id;
            e.position = position++;
            e.text = q.text();
            e.choices = String.join("\n", q.choices());
            e.answer = q.answer();
            em.persist(e);
        }
        return 1;
    }

    private static void link(EntityManager em, long courseId, int position, String title, String url) {
        CourseLinkEntity l = new CourseLinkEntity();
        l.courseId = courseId;
        l.position = position;
        l.title = title;
        l.url = url;
        em.persist(l);
    }
}
