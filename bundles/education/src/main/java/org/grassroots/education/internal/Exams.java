package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Online courses as a member takes them: the published courses of their organization and the units above it, the
 * materials and questions (never the answers), and the exam in the browser. The first pass credits the course's
 * hours once (an approved credit of source COURSE, so hours, compliance, points and the certificate count it); a
 * member who passed does not take the exam again (409). At most {@link #ATTEMPTS_PER_DAY} attempts a day, so the
 * answers cannot be found by trying every choice.
 */
@Component(service = Exams.class)
public class Exams {
    static final int ATTEMPTS_PER_DAY = 5;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final MemberService members;
    private final AuditLog audit;

    @Activate
    public Exams(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                 @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                 @Reference MemberService members, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.members = members;
        this.audit = audit;
    }

    public List<MyCourse> myCourses() {
        MemberReference me = me();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT c FROM EduCourse c WHERE c.status = :published"
                        + " AND c.orgPath IN :paths ORDER BY c.createdAt DESC, c.id DESC", CourseEntity.class)
                .setParameter("published", CourseStatus.PUBLISHED).setParameter("paths", ancestors(me.path()))
                .getResultList().stream().map(c -> toMine(em, c, me, false)).toList());
    }

    public MyCourse myCourse(long id) {
        MemberReference me = me();
        return jpa.txExpr(TransactionType.Supports, em -> toMine(em, open(em, id, me), me, true));
    }

    public ExamResult take(long id, ExamAnswers answers) {
        MemberReference me = me();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity c = open(em, id, me);
            List<QuestionEntity> bank = Courses.bank(em, id);
            int correct = CourseRules.correct(bank, answers == null ? null : answers.answers());
            if (!attempts(em, id, me.id(), true).isEmpty()) {
                throw EducationMessages.TEXT.conflict("exam.passed", c.title);
            }
            LocalDate today = LocalDate.now(Sessions.LOCAL);
            LocalDateTime since = UtcTimes.now().minusHours(24);
            long recent = em.createQuery("SELECT COUNT(a) FROM EduExamAttempt a WHERE a.courseId = :c AND a.memberId = :m"
                    + " AND a.takenAt > :since", Long.class).setParameter("c", id).setParameter("m", me.id())
                    .setParameter("since", since).getSingleResult();
            if (recent >= ATTEMPTS_PER_DAY) {
                throw EducationMessages.TEXT.conflict("exam.tooMany", ATTEMPTS_PER_DAY);
            }
            int score = CourseRules.score(correct, bank.size());
            ExamAttemptEntity a = new ExamAttemptEntity();
            a.courseId = id;
            a.memberId = me.id();
            a.unitId = me.organizationId();
            a.orgPath = me.path();
            a.score = score;
            a.passed = score >= c.passMark;
            a.takenAt = UtcTimes.now();
            BigDecimal credited = StudyHours.zero();
            if (a.passed) {
                CreditEntity credit = new CreditEntity();
                credit.memberId = me.id();
                credit.unitId = me.organizationId();
                credit.orgPath = me.path();
                credit.source = CreditSource.COURSE;
                credit.title = c.title;
                credit.studiedOn = today;
                credit.hours = c.hours;
                credit.status = CreditStatus.APPROVED;
                credit.recordedAt = a.takenAt;
                credit.recordedBy = actor;
                credit.decidedAt = a.takenAt;
                credit.decidedBy = actor;
                em.persist(credit);
                em.flush();
                a.creditId = credit.id;
                credited = StudyHours.of(c.hours);
            }
            em.persist(a);
            em.flush();
            audit.record("EXAM", Courses.TYPE, id, c.title, List.of(new FieldChange("score", null, score + (a.passed ? " passed" : " failed"))));
            return new ExamResult(id, score, correct, bank.size(), c.passMark, a.passed, credited);
        });
    }

    MemberReference me() {
        Long memberId = scope.caller().memberId();
        MemberReference me = memberId == null ? null : members.reference(memberId).orElse(null);
        if (me == null) {
            throw EducationMessages.TEXT.conflict("checkin.noMember");
        }
        scope.requireEnabled(me.organizationId());
        return me;
    }

    /** A published course of the member's organization or a unit above it; any other is 404 to the member. */
    static CourseEntity open(EntityManager em, long id, MemberReference me) {
        CourseEntity c = em.find(CourseEntity.class, id);
        if (c == null || c.status != CourseStatus.PUBLISHED || !me.path().startsWith(c.orgPath)) {
            throw new NotFoundException(Courses.TYPE, id);
        }
        return c;
    }

    private static List<ExamAttemptEntity> attempts(EntityManager em, long courseId, long memberId, boolean passedOnly) {
        return em.createQuery("SELECT a FROM EduExamAttempt a WHERE a.courseId = :c AND a.memberId = :m"
                        + " ORDER BY a.takenAt", ExamAttemptEntity.class)
                .setParameter("c", courseId).setParameter("m", memberId).getResultList().stream()
                .filter(a -> a.passed || !passedOnly).toList();
    }

    private MyCourse toMine(EntityManager em, CourseEntity c, MemberReference me, boolean withQuestions) {
        List<ExamAttemptEntity> mine = attempts(em, c.id, me.id(), false);
        Integer best = mine.stream().map(a -> a.score).max(Integer::compare).orElse(null);
        return new MyCourse(c.id, scope.name(c.unitId), c.title, c.description, StudyHours.of(c.hours), c.passMark,
                Courses.links(em, c.id), withQuestions ? Courses.questions(em, c.id, false) : List.of(),
                mine.stream().anyMatch(a -> a.passed), best, mine.size());
    }

    /** The paths of a unit and every unit above it: "/1/5/9/" gives "/1/", "/1/5/", "/1/5/9/". */
    static List<String> ancestors(String path) {
        List<String> out = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            out.add(path.substring(0, i + 1));
        }
        return out;
    }
}
