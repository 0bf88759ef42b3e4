package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
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
import org.grassroots.core.api.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Study-hour credits: a session's hours for each member present (approved when the attendance is recorded) and
 * self-study a member reports, pending until their secretary approves or rejects it. A credit keeps the member's
 * unit of the time, so a year's hours stay where they were earned.
 */
@Component(service = Credits.class)
public class Credits {
    static final String TYPE = "education.credit";
    static final BigDecimal MAX_SELF_STUDY = new BigDecimal("8");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final Requirements requirements;
    private final Reminders reminders;

    @Activate
    public Credits(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                   @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                   @Reference AuditLog audit, @Reference MemberService members, @Reference Requirements requirements,
                   @Reference Reminders reminders) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.audit = audit;
        this.members = members;
        this.requirements = requirements;
        this.reminders = reminders;
    }

    void replaceSessionCredits(EntityManager em, SessionEntity s, List<Rosters.Entry> attended, String actor) {
        em.createQuery("DELETE FROM EduCredit c WHERE c.sessionId = :id").setParameter("id", s.id).executeUpdate();
        for (Rosters.Entry e : attended) {
            CreditEntity c = new CreditEntity();
            c.memberId = e.memberId();
            c.unitId = e.unitId();
            c.orgPath = e.path();
            c.source = CreditSource.SESSION;
            c.sessionId = s.id;
            c.title = s.title;
            c.studiedOn = s.startsAt.toLocalDate();
            c.hours = s.creditedHours;
            c.status = CreditStatus.APPROVED;
            c.recordedAt = UtcTimes.now();
            c.recordedBy = actor;
            c.decidedAt = c.recordedAt;
            c.decidedBy = actor;
            em.persist(c);
        }
    }

    /** Self-study of a member in the caller's scope, pending approval. */
    public Credit selfStudy(SelfStudyDraft draft) {
        if (draft == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        FieldErrors errors = new FieldErrors();
        MemberReference member = draft.memberId() == null ? null : members.reference(draft.memberId()).orElse(null);
        if (member == null) {
            errors.add("memberId", "credit.member", draft.memberId());
        }
        if (Texts.isBlank(draft.title()) || TextFields.tooLong(draft.title(), 200)) {
            errors.add("title", "text.required", 200);
        }
        LocalDate today = LocalDate.now(Sessions.LOCAL);
        if (draft.studiedOn() == null || draft.studiedOn().isAfter(today) || draft.studiedOn().getYear() < today.getYear() - 1) {
            errors.add("studiedOn", "credit.studiedOn", today.getYear() - 1);
        }
        BigDecimal h = draft.hours();
        if (h == null || h.compareTo(SessionRules.MIN_HOURS) < 0 || h.compareTo(MAX_SELF_STUDY) > 0
                || h.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            errors.add("hours", "credit.hours", SessionRules.MIN_HOURS, MAX_SELF_STUDY);
        }
        errors.throwIfAny();
        scope.requireEnabled(member.organizationId());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            CreditEntity c = new CreditEntity();
            c.memberId = member.id();
            c.unitId = member.organizationId();
            c.orgPath = member.path();
            c.source = CreditSource.SELF_STUDY;
            c.title = draft.title().trim();
            c.studiedOn = draft.studiedOn();
            c.hours = StudyHours.of(h);
            c.status = CreditStatus.PENDING;
            c.recordedAt = UtcTimes.now();
            c.recordedBy = actor;
            em.persist(c);
            em.flush();
            audit.record("CREATE", TYPE, c.id, c.title, List.of(new FieldChange("hours", null, c.hours.toPlainString())));
            reminders.selfStudyRecorded(c.id, member.name(), c.unitId);
            return toRecord(c, member.name());
        });
    }

    /** The secretary's decision on pending self-study ({@code reason} required to reject). */
    public Credit decide(long id, long version, boolean approve, String reason) {
        if (!approve && (Texts.isBlank(reason) || TextFields.tooLong(reason, 1000))) {
            throw EducationMessages.TEXT.invalid("reason", "credit.reasonRequired");
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            CreditEntity c = visible(em, id);
            scope.requireEnabled(c.unitId);
            if (c.version != version) {
                throw ConflictException.stale(TYPE, id, version, c.version);
            }
            if (c.status != CreditStatus.PENDING) {
                throw EducationMessages.TEXT.conflict("credit.decided", id, c.status);
            }
            if (Long.valueOf(c.memberId).equals(scope.caller().memberId())) { // nobody approves their own hours
                throw EducationMessages.TEXT.conflict("credit.ownDecision", id);
            }
            c.status = approve ? CreditStatus.APPROVED : CreditStatus.REJECTED;
            c.reason = approve ? null : reason.trim();
            c.decidedAt = UtcTimes.now();
            c.decidedBy = actor;
            em.flush();
            audit.record(approve ? "APPROVE" : "REJECT", TYPE, id, c.title, List.of(new FieldChange("status", "PENDING", c.status.name())));
            return toRecord(c, name(c.memberId));
        });
    }

    public Credit get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            CreditEntity c = visible(em, id);
            return toRecord(c, name(c.memberId));
        });
    }

    /** The credits of the unit's subtree in a year: {@code source}, {@code status}, {@code member} filter. */
    public Page<Credit> search(Long unitId, Integer year, CreditSource source, CreditStatus status, Long memberId, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE c.orgPath LIKE :path" + (year == null ? "" : " AND c.studiedOn >= :from AND c.studiedOn < :to")
                + (source == null ? "" : " AND c.source = :source") + (status == null ? "" : " AND c.status = :status")
                + (memberId == null ? "" : " AND c.memberId = :member");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<CreditEntity> select = em.createQuery("SELECT c FROM EduCredit c" + where
                    + " ORDER BY c.studiedOn DESC, c.id DESC", CreditEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM EduCredit c" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
                }
                if (source != null) {
                    q.setParameter("source", source);
                }
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (memberId != null) {
                    q.setParameter("member", memberId);
                }
            }
            List<Credit> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(c -> toRecord(c, name(c.memberId))).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** A member's hours of the year against their unit's requirement, with the credits. */
    public MemberHours memberHours(Long memberId, int year) {
        MemberReference member = memberId == null ? null : members.reference(memberId).orElse(null);
        if (member == null) {
            throw new NotFoundException("member", memberId);
        }
        List<CreditEntity> credits = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT c FROM EduCredit c WHERE c.memberId = :m AND c.studiedOn >= :from AND c.studiedOn < :to"
                                + " ORDER BY c.studiedOn, c.id", CreditEntity.class)
                .setParameter("m", member.id()).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList());
        BigDecimal sessions = sum(credits, CreditSource.SESSION, CreditStatus.APPROVED);
        BigDecimal self = sum(credits, CreditSource.SELF_STUDY, CreditStatus.APPROVED);
        BigDecimal courses = sum(credits, CreditSource.COURSE, CreditStatus.APPROVED);
        BigDecimal pending = sum(credits, CreditSource.SELF_STUDY, CreditStatus.PENDING);
        BigDecimal total = StudyHours.of(sessions.add(self).add(courses));
        BigDecimal requirement = RequirementRules.applied(requirements.settings(), member.path()).hours();
        BigDecimal shortfall = RequirementRules.shortfall(total, requirement);
        return new MemberHours(member.id(), member.name(), member.organizationId(), scope.name(member.organizationId()),
                year, total, sessions, self, courses, pending, requirement, shortfall, shortfall.signum() == 0,
                credits.stream().map(c -> toRecord(c, member.name())).toList());
    }

    private static BigDecimal sum(List<CreditEntity> credits, CreditSource source, CreditStatus status) {
        return StudyHours.of(credits.stream().filter(c -> c.source == source && c.status == status)
                .map(c -> c.hours).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private String name(long memberId) {
        return members.reference(memberId).map(MemberReference::name).orElse(String.valueOf(memberId));
    }

    private CreditEntity visible(EntityManager em, long id) {
        CreditEntity c = em.find(CreditEntity.class, id);
        if (c == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(c.orgPath, TYPE, id);
        return c;
    }

    private Credit toRecord(CreditEntity c, String memberName) {
        return new Credit(c.id, c.memberId, memberName, c.unitId, scope.name(c.unitId), c.source, c.sessionId, c.title,
                c.studiedOn, c.hours, c.status, c.reason, UtcTimes.instant(c.recordedAt), c.recordedBy,
                UtcTimes.instant(c.decidedAt), c.decidedBy, c.version);
    }
}
