package org.grassroots.position.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Role;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Rectification items (整改事项) of an assessment: what to fix, by when, who answers for it; OPEN until marked DONE
 * (with the day and how). An open item past its deadline is overdue: flagged in lists and figures, and
 * {@link #notifyOverdue()} posts one reminder per overdue item to the administrators and secretaries of its host unit
 * (once per item).
 */
@Component(service = Rectifications.class)
public class Rectifications {
    static final String TYPE = "position.rectification";
    static final String OVERDUE_KIND = "position.rectification.overdue";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Assessments assessments;
    private final Notifications notifications;

    @Activate
    public Rectifications(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                          @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Assessments assessments,
                          @Reference Notifications notifications) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
        this.assessments = assessments;
        this.notifications = notifications;
    }

    public Rectification create(RectificationDraft draft) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{assessmentId, item, deadline, responsible}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("assessmentId", draft.assessmentId());
        String item = errors.note("item", draft.item(), 500, true);
        String responsible = errors.line("responsible", draft.responsible(), 100, true);
        if (draft.deadline() == null) {
            errors.add("deadline", PosText.TEXT.message("field.required"));
        } else if (draft.deadline().getYear() > LocalDate.now().getYear() + 5) {
            errors.add("deadline", PosText.TEXT.message("field.dateRange"));
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            AssessmentEntity a = assessments.visible(em, draft.assessmentId());
            scope.requireEnabled(a.organizationId);
            if (draft.deadline().isBefore(a.assessedOn)) {
                throw PosText.TEXT.invalid("deadline", "rectification.beforeAssessment", a.assessedOn);
            }
            RectificationEntity r = createIn(em, a, item, draft.deadline(), responsible, actor);
            return toRecord(r, em.find(PositionEntity.class, r.positionId).name, LocalDate.now());
        });
    }

    RectificationEntity createIn(EntityManager em, AssessmentEntity a, String item, LocalDate deadline, String responsible, String actor) {
        RectificationEntity r = new RectificationEntity();
        r.assessmentId = a.id;
        r.positionId = a.positionId;
        r.organizationId = a.organizationId;
        r.orgPath = a.orgPath;
        r.item = item;
        r.deadline = deadline;
        r.responsible = responsible;
        r.status = RectificationStatus.OPEN;
        r.createdAt = UtcTimes.now();
        r.createdBy = actor;
        em.persist(r);
        em.flush();
        audit.record("CREATE", TYPE, r.id, item, List.of(new FieldChange("deadline", null, deadline.toString())));
        return r;
    }

    /** Marks the item done; 409 when it is done already (allowed: none) or the version is stale. */
    public Rectification done(long id, long version, DoneDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate on = draft == null || draft.doneOn() == null ? LocalDate.now() : draft.doneOn();
        if (on.isAfter(LocalDate.now())) {
            errors.add("doneOn", PosText.TEXT.message("field.future"));
        }
        String note = draft == null ? null : errors.note("note", draft.note(), 500, false);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            RectificationEntity r = visible(em, id);
            scope.requireEnabled(r.organizationId);
            if (r.status == RectificationStatus.DONE) {
                throw PosText.TEXT.conflict("rectification.done", r.doneOn);
            }
            if (r.version != version) {
                throw ConflictException.stale(TYPE, id, version, r.version);
            }
            AssessmentEntity a = em.find(AssessmentEntity.class, r.assessmentId);
            if (on.isBefore(a.assessedOn)) {
                throw PosText.TEXT.invalid("doneOn", "rectification.beforeAssessment", a.assessedOn);
            }
            r.status = RectificationStatus.DONE;
            r.doneOn = on;
            r.doneNote = note;
            r.doneBy = actor;
            em.flush();
            audit.record("DONE", TYPE, id, r.item, List.of(new FieldChange("status", RectificationStatus.OPEN.name(), r.status.name())));
            return toRecord(r, em.find(PositionEntity.class, r.positionId).name, LocalDate.now());
        });
    }

    public Rectification get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            RectificationEntity r = visible(em, id);
            return toRecord(r, em.find(PositionEntity.class, r.positionId).name, LocalDate.now());
        });
    }

    /** The items of the subtree: by status, only overdue ones, of an assessment. */
    public Page<Rectification> search(Long unitId, RectificationStatus status, Boolean overdue, Long assessmentId, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        LocalDate today = LocalDate.now();
        String where = " WHERE r.orgPath LIKE :path" + (status == null ? "" : " AND r.status = :status")
                + (Boolean.TRUE.equals(overdue) ? " AND r.status = :open AND r.deadline < :today" : "")
                + (assessmentId == null ? "" : " AND r.assessmentId = :assessment");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<RectificationEntity> select = em.createQuery("SELECT r FROM RectificationEntity r" + where
                    + Paging.orderBy(page.sort(), Map.of("deadline", "r.deadline", "status", "r.status"), "r.deadline", "r.id"),
                    RectificationEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM RectificationEntity r" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (Boolean.TRUE.equals(overdue)) {
                    q.setParameter("open", RectificationStatus.OPEN).setParameter("today", today);
                }
                if (assessmentId != null) {
                    q.setParameter("assessment", assessmentId);
                }
            }
            List<Rectification> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(r -> toRecord(r, em.find(PositionEntity.class, r.positionId).name, today)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /**
     * Posts a reminder for every overdue item in the caller's scope not reminded of yet, to the unit administrators
     * and secretaries of its host unit; returns how many items were reminded of.
     */
    public int notifyOverdue() {
        String pattern = scope.scopePattern();
        LocalDate today = LocalDate.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<RectificationEntity> due = em.createQuery("SELECT r FROM RectificationEntity r WHERE r.orgPath LIKE :path "
                            + "AND r.status = :open AND r.deadline < :today AND r.notifiedAt IS NULL", RectificationEntity.class)
                    .setParameter("path", pattern).setParameter("open", RectificationStatus.OPEN).setParameter("today", today)
                    .setMaxResults(500).getResultList();
            for (RectificationEntity r : due) {
                String position = em.find(PositionEntity.class, r.positionId).name;
                notifications.post(new NotificationDraft(PositionModule.ID, OVERDUE_KIND,
                                PosText.TEXT.both("rectification.overdueTitle", position),
                                PosText.TEXT.both("rectification.overdueBody", r.item, r.deadline, r.responsible),
                                "#/m/position/rectifications", TYPE, r.id, r.deadline.atStartOfDay().toInstant(ZoneOffset.UTC)),
                        recipients(r.organizationId));
            }
            java.sql.Timestamp now = java.sql.Timestamp.valueOf(UtcTimes.now());
            for (RectificationEntity r : due) {
                // plain SQL: the reminder is no change of the item, its version stays (a client's ETag stays valid)
                em.createNativeQuery("UPDATE POS_RECTIFICATION SET NOTIFIED_AT = ? WHERE ID = ?")
                        .setParameter(1, now).setParameter(2, r.id).executeUpdate();
            }
            return due.size();
        });
    }

    /** Everyone at or below the host unit, and the administrators of its street or park. */
    private List<Recipient> recipients(long hostId) {
        Organization host = scope.unit(hostId, "organizationId");
        Organization above = scope.nearest(host, UnitType.STREET).or(() -> scope.nearest(host, UnitType.PARK)).orElse(host);
        return above.id() == host.id() ? List.of(Recipient.unit(hostId))
                : List.of(Recipient.unit(hostId), Recipient.roleInUnit(Role.UNIT_ADMIN, above.id()));
    }

    RectificationEntity visible(EntityManager em, long id) {
        RectificationEntity r = em.find(RectificationEntity.class, id);
        if (r == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(r.orgPath, TYPE, id);
        return r;
    }

    static Rectification toRecord(RectificationEntity r, String positionName, LocalDate today) {
        return new Rectification(r.id, r.assessmentId, r.positionId, positionName, r.organizationId, r.item, r.deadline,
                r.responsible, r.status, r.status == RectificationStatus.OPEN && r.deadline.isBefore(today), r.doneOn, r.doneNote,
                r.doneBy, UtcTimes.instant(r.createdAt), r.createdBy, r.version);
    }
}
