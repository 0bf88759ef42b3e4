package org.grassroots.industrial.internal;

import org.grassroots.core.api.UtcTimes;

import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Grid workers (网格员, 网格长): members assigned to a grid of a park. */
@Component(service = GridWorkers.class)
public class GridWorkers {
    static final String TYPE = "industrial.worker";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;

    @Activate
    public GridWorkers(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                       @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes, @Reference AuditLog audit,
                       @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(IndustrialModule.ID);
        this.audit = audit;
        this.members = members;
    }

    public GridWorker assign(GridWorkerDraft draft) {
        if (draft == null) {
            throw IndustrialMessages.TEXT.invalid("body", "body.required", "{gridId, memberId, role}");
        }
        Organization grid = scope.enabledUnit(draft.gridId(), "gridId");
        ValidationException.Builder errors = ValidationException.builder();
        if (grid.unitType() != UnitType.GRID) {
            errors.add("gridId", IndustrialMessages.TEXT.message("unit.notGrid", grid.name(), grid.unitType()));
        }
        MemberReference member = null;
        if (draft.memberId() == null) {
            errors.add("memberId", IndustrialMessages.TEXT.message("worker.member"));
        } else {
            member = members.reference(draft.memberId()).orElse(null);
            if (member == null) {
                errors.add("memberId", IndustrialMessages.TEXT.message("member.unknown", draft.memberId()));
            }
        }
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        String memberName = member.name();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            GridWorkerEntity entity = assignIn(em, grid, draft.memberId(), draft.role() == null ? WorkerRole.WORKER : draft.role(), actor);
            audit.record("ASSIGN", TYPE, entity.id, memberName + " → " + grid.name(),
                    List.of(new FieldChange("gridId", null, Long.toString(grid.id()))));
            return toRecord(entity, grid.name(), memberName);
        });
    }

    GridWorkerEntity assignIn(EntityManager em, Organization grid, long memberId, WorkerRole role, String actor) {
        if (!em.createQuery("SELECT w.id FROM GridWorkerEntity w WHERE w.gridId = :grid AND w.memberId = :member", Long.class)
                .setParameter("grid", grid.id()).setParameter("member", memberId).getResultList().isEmpty()) {
            throw IndustrialMessages.TEXT.conflict("worker.exists", memberId, grid.name());
        }
        GridWorkerEntity entity = new GridWorkerEntity();
        entity.gridId = grid.id();
        entity.memberId = memberId;
        entity.orgPath = grid.path();
        entity.role = role;
        entity.assignedAt = UtcTimes.now();
        entity.assignedBy = actor;
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** The workers of the grids under the unit (or of one grid). */
    public List<GridWorker> list(Long unitId, Long gridId) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT w FROM GridWorkerEntity w WHERE w.orgPath LIKE :path"
                    + (gridId == null ? "" : " AND w.gridId = :grid") + " ORDER BY w.gridId, w.role, w.id", GridWorkerEntity.class)
                    .setParameter("path", unit.path() + "%");
            if (gridId != null) {
                query.setParameter("grid", gridId);
            }
            return query.getResultList().stream()
                    .map(w -> toRecord(w, scope.name(w.gridId), members.reference(w.memberId).map(MemberReference::name).orElse(null)))
                    .toList();
        });
    }

    public void remove(long id, long version) {
        jpa.txExpr(TransactionType.Required, em -> {
            GridWorkerEntity entity = em.find(GridWorkerEntity.class, id);
            if (entity == null) {
                throw IndustrialMessages.TEXT.notFound(TYPE, id);
            }
            IndustrialMessages.TEXT.requireVisible(scope, entity.orgPath, TYPE, id);
            scope.requireEnabled(entity.gridId);
            if (entity.version != version) {
                throw IndustrialMessages.TEXT.stale(TYPE, id, version, entity.version);
            }
            em.remove(entity);
            audit.record("UNASSIGN", TYPE, id, "member " + entity.memberId + " left grid " + entity.gridId,
                    List.of(new FieldChange("gridId", Long.toString(entity.gridId), null)));
            return null;
        });
    }

    static GridWorker toRecord(GridWorkerEntity w, String gridName, String memberName) {
        return new GridWorker(w.id, w.gridId, gridName, w.memberId, memberName, w.role, UtcTimes.instant(w.assignedAt),
                w.assignedBy, w.version);
    }
}
