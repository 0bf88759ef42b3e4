package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.position.PositionTopics;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Upgrade projects (迭代升级项目) of positions, with budget, plan, progress notes and photos before and after: the
 * state machine of {@link UpgradeWorkflow} enforced here, every step with who and when (POS_UPGRADE_STEP).
 * Starting puts the position under renovation; acceptance, only by a caller above the host unit, puts it back in use.
 */
@Component(service = Upgrades.class)
public class Upgrades {
    static final String TYPE = "position.upgrade";
    static final int MAX_PHOTOS = 20;
    private static final BigDecimal MAX_BUDGET = new BigDecimal("100000000");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Positions positions;
    private final EventAdmin events;

    @Activate
    public Upgrades(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                    @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Positions positions,
                    @Reference EventAdmin events) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
        this.positions = positions;
        this.events = events;
    }

    public Upgrade create(UpgradeDraft draft) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{positionId, title, plannedStart, plannedEnd}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("positionId", draft.positionId());
        String title = errors.line("title", draft.title(), 200, true);
        String plan = errors.note("plan", draft.plan(), 2000, false);
        BigDecimal budget = errors.number("budget", draft.budget(), BigDecimal.ZERO, MAX_BUDGET, 2, false);
        if (draft.plannedStart() == null) {
            errors.add("plannedStart", PosText.TEXT.message("field.required"));
        } else if (draft.plannedStart().getYear() < 2000 || draft.plannedStart().getYear() > LocalDate.now().getYear() + 5) {
            errors.add("plannedStart", PosText.TEXT.message("field.dateRange"));
        }
        if (draft.plannedEnd() == null) {
            errors.add("plannedEnd", PosText.TEXT.message("field.required"));
        } else if (draft.plannedStart() != null && draft.plannedEnd().isBefore(draft.plannedStart())) {
            errors.add("plannedEnd", PosText.TEXT.message("upgrade.endBeforeStart"));
        } else if (draft.plannedEnd().getYear() > LocalDate.now().getYear() + 10) {
            errors.add("plannedEnd", PosText.TEXT.message("field.dateRange"));
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            PositionEntity p = positions.visible(em, draft.positionId());
            scope.requireEnabled(p.organizationId);
            if (p.status == PositionStatus.CLOSED) {
                throw PosText.TEXT.conflict("upgrade.closed", p.name);
            }
            UpgradeEntity u = new UpgradeEntity();
            u.positionId = p.id;
            u.organizationId = p.organizationId;
            u.orgPath = p.orgPath;
            u.title = title;
            u.plan = plan;
            u.budget = budget;
            u.plannedStart = draft.plannedStart();
            u.plannedEnd = draft.plannedEnd();
            u.status = UpgradeStatus.PLANNED;
            u.createdAt = UtcTimes.now();
            u.createdBy = actor;
            em.persist(u);
            em.flush();
            step(em, u, UpgradeAction.PLAN, null, UpgradeStatus.PLANNED, actor, null, null);
            audit.record("CREATE", TYPE, u.id, p.name + ": " + title, List.of(new FieldChange("status", null, u.status.name())));
            return toRecord(u, p.name);
        });
    }

    /** A step of the workflow (start, complete, accept, return) or a progress note; {@code version} from If-Match. */
    public Upgrade act(long id, long version, UpgradeAction action, StepDraft draft) {
        if (action == null || action == UpgradeAction.PLAN) {
            throw PosText.TEXT.invalid("action", "upgrade.action");
        }
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate on = draft == null || draft.on() == null ? LocalDate.now() : draft.on();
        if (on.isAfter(LocalDate.now())) {
            errors.add("on", PosText.TEXT.message("field.future"));
        }
        String note = draft == null ? null : errors.note("note", draft.note(), 1000, false);
        if (note == null && (action == UpgradeAction.RETURN || action == UpgradeAction.NOTE)) {
            errors.add("note", PosText.TEXT.message(action == UpgradeAction.RETURN ? "upgrade.returnReason" : "field.required"));
        }
        List<Long> photos = draft == null || draft.photos() == null ? List.of() : draft.photos();
        if (photos.size() > MAX_PHOTOS) {
            errors.add("photos", PosText.TEXT.message("upgrade.photos", MAX_PHOTOS));
        }
        for (int i = 0; i < photos.size(); i++) {
            if (photos.get(i) == null || photos.get(i) <= 0) {
                errors.add("photos[" + i + "]", PosText.TEXT.message("field.id"));
            }
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            UpgradeEntity u = visible(em, id);
            scope.requireEnabled(u.organizationId);
            UpgradeStatus from = u.status;
            UpgradeStatus to = UpgradeWorkflow.next(from, action);
            if (u.version != version) {
                throw ConflictException.stale(TYPE, id, version, u.version);
            }
            if (action == UpgradeAction.ACCEPT && !UpgradeWorkflow.above(scope.scopePath(), u.orgPath)) {
                throw PosText.TEXT.conflict("upgrade.acceptAbove", scope.name(u.organizationId));
            }
            LocalDate earliest = switch (action) {
                case COMPLETE -> u.startedOn;
                case ACCEPT, RETURN -> u.completedOn;
                default -> null;
            };
            if (earliest != null && on.isBefore(earliest)) {
                throw PosText.TEXT.invalid("on", "upgrade.onBefore", earliest);
            }
            PositionEntity p = em.find(PositionEntity.class, u.positionId);
            switch (action) {
                case START -> {
                    u.startedOn = on;
                    positions.setStatus(p, PositionStatus.UNDER_RENOVATION, actor);
                }
                case COMPLETE -> u.completedOn = on;
                case ACCEPT -> {
                    u.acceptedOn = on;
                    u.acceptedBy = actor;
                    positions.setStatus(p, PositionStatus.IN_USE, actor);
                }
                case RETURN -> u.completedOn = null;
                default -> {
                }
            }
            u.status = to;
            em.flush();
            step(em, u, action, from, to, actor, note, photos);
            audit.record(action.name(), TYPE, id, p.name + ": " + u.title, List.of(new FieldChange("status", from.name(), to.name())));
            if (action == UpgradeAction.ACCEPT) {
                events.postEvent(new Event(PositionTopics.UPGRADE_ACCEPTED, Map.of("upgradeId", u.id, "positionId", u.positionId,
                        "organizationId", u.organizationId, "acceptedOn", on.toString())));
            }
            return toRecord(u, p.name);
        });
    }

    public Upgrade get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            UpgradeEntity u = visible(em, id);
            return toRecord(u, em.find(PositionEntity.class, u.positionId).name);
        });
    }

    public List<UpgradeStep> history(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id);
            return em.createQuery("SELECT s FROM UpgradeStepEntity s WHERE s.upgradeId = :id ORDER BY s.at, s.id", UpgradeStepEntity.class)
                    .setParameter("id", id).getResultList().stream()
                    .map(s -> new UpgradeStep(s.action, s.fromStatus, s.toStatus, s.actor, UtcTimes.instant(s.at), s.note,
                            s.photos == null ? List.of() : Arrays.stream(s.photos.split(",")).map(Long::valueOf).toList()))
                    .toList();
        });
    }

    /** The projects of the subtree: by status, of a position, accepted in a year. */
    public Page<Upgrade> search(Long unitId, UpgradeStatus status, Long positionId, Integer acceptedYear, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE u.orgPath LIKE :path" + (status == null ? "" : " AND u.status = :status")
                + (positionId == null ? "" : " AND u.positionId = :position")
                + (acceptedYear == null ? "" : " AND u.acceptedOn >= :from AND u.acceptedOn < :to");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<UpgradeEntity> select = em.createQuery("SELECT u FROM UpgradeEntity u" + where + Paging.orderBy(page.sort(),
                    Map.of("plannedStart", "u.plannedStart", "status", "u.status", "title", "u.title"), "u.plannedStart DESC", "u.id"),
                    UpgradeEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM UpgradeEntity u" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (positionId != null) {
                    q.setParameter("position", positionId);
                }
                if (acceptedYear != null) {
                    q.setParameter("from", LocalDate.of(acceptedYear, 1, 1)).setParameter("to", LocalDate.of(acceptedYear + 1, 1, 1));
                }
            }
            List<Upgrade> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(u -> toRecord(u, em.find(PositionEntity.class, u.positionId).name)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    UpgradeEntity visible(EntityManager em, long id) {
        UpgradeEntity u = em.find(UpgradeEntity.class, id);
        if (u == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(u.orgPath, TYPE, id);
        return u;
    }

    private static void step(EntityManager em, UpgradeEntity u, UpgradeAction action, UpgradeStatus from, UpgradeStatus to, String actor,
                             String note, List<Long> photos) {
        UpgradeStepEntity s = new UpgradeStepEntity();
        s.upgradeId = u.id;
        s.action = action;
        s.fromStatus = from;
        s.toStatus = to;
        s.actor = actor;
        s.at = UtcTimes.now();
        s.note = note;
        s.photos = photos == null || photos.isEmpty() ? null : String.join(",", photos.stream().map(String::valueOf).toList());
        em.persist(s);
    }

    static Upgrade toRecord(UpgradeEntity u, String positionName) {
        return new Upgrade(u.id, u.positionId, positionName, u.organizationId, u.title, u.plan, u.budget, u.plannedStart, u.plannedEnd,
                u.status, UpgradeWorkflow.allowed(u.status), u.startedOn, u.completedOn, u.acceptedOn, u.acceptedBy,
                UtcTimes.instant(u.createdAt), u.createdBy, u.version);
    }
}
