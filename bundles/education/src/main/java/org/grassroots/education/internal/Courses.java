package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Online courses (网络课程) as their unit prepares them: the materials (links), the hours a pass credits, the pass
 * mark and the question bank. Materials and questions change only while the course is a draft, so every member of a
 * published course takes the same exam; publishing needs at least one material and one question. The members of
 * the unit's subtree take the exam ({@link Exams}).
 */
@Component(service = Courses.class)
public class Courses {
    static final String TYPE = "education.course";
    private static final Map<String, String> SORT = Paging.fields("c", Set.of("title", "status", "hours", "createdAt"));

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Courses(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                   @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                   @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.audit = audit;
    }

    public Course create(CourseDraft draft) {
        CourseRules.Checked checked = CourseRules.course(draft);
        Organization unit = scope.enabledUnit(draft.unitId(), "unitId");
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity c = new CourseEntity();
            c.unitId = unit.id();
            c.orgPath = unit.path();
            c.status = CourseStatus.DRAFT;
            c.createdAt = UtcTimes.now();
            c.createdBy = actor;
            apply(c, checked);
            em.persist(c);
            em.flush();
            replaceLinks(em, c.id, checked.links());
            audit.record("CREATE", TYPE, c.id, c.title, List.of(new FieldChange("hours", null, c.hours.toPlainString())));
            return toRecord(em, c);
        });
    }

    public Course update(long id, long version, CourseDraft draft) {
        CourseRules.Checked checked = CourseRules.course(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity c = draft(em, id, version);
            if (draft.unitId() != null && draft.unitId() != c.unitId) {
                throw EducationMessages.TEXT.invalid("unitId", "course.unitFixed");
            }
            String before = c.title + " " + c.hours + "h " + c.passMark + "%";
            apply(c, checked);
            replaceLinks(em, c.id, checked.links());
            em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // the materials are part of the course too
            em.flush();
            audit.record("UPDATE", TYPE, id, c.title, List.of(new FieldChange("course", before, c.title + " " + c.hours + "h " + c.passMark + "%")));
            return toRecord(em, c);
        });
    }

    /** Replaces the question bank of a draft course. */
    public Course questions(long id, long version, QuestionsDraft draft) {
        List<CourseRules.CheckedQuestion> questions = CourseRules.questions(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity c = draft(em, id, version);
            em.createQuery("DELETE FROM EduQuestion q WHERE q.courseId = :id").setParameter("id", id).executeUpdate();
            int position = 0;
            for (CourseRules.CheckedQuestion q : questions) {
                QuestionEntity e = new QuestionEntity();
                e.courseId = id;
                e.position = position++;
                e.text = q.text();
                e.choices = String.join("\n", q.choices());
                e.answer = q.answer();
                em.persist(e);
            }
            // the bank is part of the course: a stale If-Match must fail afterwards
            em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            audit.record("QUESTIONS", TYPE, id, c.title, List.of(new FieldChange("questions", null, String.valueOf(questions.size()))));
            return toRecord(em, c);
        });
    }

    public Course step(long id, long version, CourseAction action) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity c = visible(em, id);
            scope.requireEnabled(c.unitId);
            if (c.version != version) {
                throw ConflictException.stale(TYPE, id, version, c.version);
            }
            CourseStatus next = Workflows.COURSE.next(id, c.status, action);
            if (action == CourseAction.PUBLISH) {
                long links = count(em, "SELECT COUNT(l) FROM EduCourseLink l WHERE l.courseId = :id", id);
                long questions = count(em, "SELECT COUNT(q) FROM EduQuestion q WHERE q.courseId = :id", id);
                if (links == 0 || questions == 0) {
                    throw EducationMessages.TEXT.conflict("course.incomplete", id, links, questions);
                }
            }
            CourseStatus from = c.status;
            c.status = next;
            em.flush();
            audit.record(action.name(), TYPE, id, c.title, List.of(new FieldChange("status", from.name(), next.name())));
            return toRecord(em, c);
        });
    }

    public Course get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    /** The courses of the unit's subtree, newest first unless sorted otherwise. */
    public Page<Course> search(Long unitId, CourseStatus status, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE c.orgPath LIKE :path" + (status == null ? "" : " AND c.status = :status");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<CourseEntity> select = em.createQuery("SELECT c FROM EduCourse c" + where
                    + Paging.orderBy(page.sort(), SORT, "c.createdAt DESC", "c.id DESC"), CourseEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM EduCourse c" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            List<Course> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(c -> toRecord(em, c)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    private CourseEntity draft(EntityManager em, long id, long version) {
        CourseEntity c = visible(em, id);
        scope.requireEnabled(c.unitId);
        if (c.version != version) {
            throw ConflictException.stale(TYPE, id, version, c.version);
        }
        if (c.status != CourseStatus.DRAFT) {
            throw EducationMessages.TEXT.conflict("course.notDraft", id, c.status);
        }
        return c;
    }

    CourseEntity visible(EntityManager em, long id) {
        CourseEntity c = em.find(CourseEntity.class, id);
        if (c == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(c.orgPath, TYPE, id);
        return c;
    }

    private static void apply(CourseEntity c, CourseRules.Checked checked) {
        c.title = checked.title();
        c.description = checked.description();
        c.hours = checked.hours();
        c.passMark = checked.passMark();
    }

    private static void replaceLinks(EntityManager em, long courseId, List<CourseDraft.Link> links) {
        em.createQuery("DELETE FROM EduCourseLink l WHERE l.courseId = :id").setParameter("id", courseId).executeUpdate();
        int position = 0;
        for (CourseDraft.Link link : links) {
            CourseLinkEntity l = new CourseLinkEntity();
            l.courseId = courseId;
            l.position = position++;
            l.title = link.title();
            l.url = link.url();
            em.persist(l);
        }
    }

    private static long count(EntityManager em, String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }

    static List<CourseDraft.Link> links(EntityManager em, long courseId) {
        return em.createQuery("SELECT l FROM EduCourseLink l WHERE l.courseId = :id ORDER BY l.position", CourseLinkEntity.class)
                .setParameter("id", courseId).getResultList().stream().map(l -> new CourseDraft.Link(l.title, l.url)).toList();
    }

    /** The question bank in order; with the right answers only for those who manage the course. */
    static List<Course.Question> questions(EntityManager em, long courseId, boolean withAnswers) {
        List<Course.Question> out = new ArrayList<>();
        for (QuestionEntity q : bank(em, courseId)) {
            out.add(new Course.Question(q.position + 1, q.text, List.of(q.choices.split("\n", -1)), withAnswers ? q.answer : null));
        }
        return out;
    }

    static List<QuestionEntity> bank(EntityManager em, long courseId) {
        return em.createQuery("SELECT q FROM EduQuestion q WHERE q.courseId = :id ORDER BY q.position", QuestionEntity.class)
                .setParameter("id", courseId).getResultList();
    }

    private Course toRecord(EntityManager em, CourseEntity c) {
        long takers = em.createQuery("SELECT COUNT(DISTINCT a.memberId) FROM EduExamAttempt a WHERE a.courseId = :id", Long.class)
                .setParameter("id", c.id).getSingleResult();
        // a parameter, not the literal TRUE: EclipseLink writes boolean literals for Derby as 1, which a BOOLEAN column refuses
        long passed = em.createQuery("SELECT COUNT(a) FROM EduExamAttempt a WHERE a.courseId = :id AND a.passed = :passed", Long.class)
                .setParameter("id", c.id).setParameter("passed", true).getSingleResult();
        BigDecimal hours = StudyHours.of(c.hours);
        return new Course(c.id, c.unitId, scope.name(c.unitId), c.title, c.description, hours, c.passMark, c.status,
                links(em, c.id), questions(em, c.id, true), takers, passed, Workflows.COURSE.allowed(c.status),
                UtcTimes.instant(c.createdAt), c.createdBy, c.version);
    }
}
