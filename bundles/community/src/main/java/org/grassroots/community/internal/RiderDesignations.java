package org.grassroots.community.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "骑手友好社区": a community applies against the checklist; the street or district designates it (dated; only when every
 * required item is met, else 422 naming the missing ones) or rejects it (with the reason); a designation may be revoked.
 */
@Component(service = RiderDesignations.class)
public class RiderDesignations {
    static final String TYPE = "community.riderFriendly";

    private final JpaTemplate jpa;
    private final CommunityUnits units;
    private final ModuleScope scope;
    private final ModuleEnablement enablement;
    private final AuditLog audit;

    @Activate
    public RiderDesignations(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                             @Reference ModuleEnablement enablement, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.units = units;
        this.scope = units.scope();
        this.enablement = enablement;
        this.audit = audit;
    }

    public RiderFriendly apply(RiderFriendlyDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{communityId, criteriaMet, evidence}"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization community = units.community(draft.communityId(), "communityId", errors);
        if (draft.criteriaMet() == null || draft.criteriaMet().isEmpty()) {
            errors.required("criteriaMet", null);
        } else if (draft.criteriaMet().contains(null)) {
            errors.add("criteriaMet", CommunityMessages.TEXT.message("rider.unknownItem"));
        }
        String evidence = errors.note("evidence", draft.evidence(), 2000, true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createQuery("SELECT r.id FROM RiderFriendlyEntity r WHERE r.communityId = :c AND r.status IN :open", Long.class)
                    .setParameter("c", community.id()).setParameter("open", List.of(RiderStatus.APPLIED, RiderStatus.DESIGNATED))
                    .getResultList().isEmpty()) {
                throw CommunityMessages.TEXT.conflict("rider.open", community.name());
            }
            RiderFriendlyEntity r = store(em, community, EnumSet.copyOf(draft.criteriaMet()), evidence, actor);
            audit.record("APPLY", TYPE, r.id, community.name(), List.of());
            return toRecord(r);
        });
    }

    RiderFriendlyEntity store(EntityManager em, Organization community, Set<RiderCriterion> met, String evidence, String actor) {
        RiderFriendlyEntity r = new RiderFriendlyEntity();
        r.communityId = community.id();
        r.orgPath = community.path();
        r.criteriaMet = RiderChecklist.codes(met);
        r.evidence = evidence;
        r.status = RiderStatus.APPLIED;
        r.appliedAt = UtcTimes.now();
        r.appliedBy = actor;
        em.persist(r);
        em.flush();
        return r;
    }

    /** Designates (DESIGNATED: dated, all required items met), rejects (REJECTED) or revokes (REVOKED) with a note. */
    public RiderFriendly decide(long id, long version, RiderStatus target, Decision decision) {
        ValidationException.Builder errors = ValidationException.builder();
        String note = errors.line("note", decision == null ? null : decision.note(), 1000, target != RiderStatus.DESIGNATED);
        LocalDate on = target != RiderStatus.DESIGNATED ? null : decision == null || decision.on() == null ? LocalDate.now()
                : errors.date("on", decision.on(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        return jpa.txExpr(TransactionType.Required, em -> {
            RiderFriendlyEntity r = em.find(RiderFriendlyEntity.class, id);
            if (r == null) {
                throw CommunityMessages.TEXT.notFound(TYPE, id);
            }
            CommunityMessages.TEXT.requireVisible(scope, r.orgPath, TYPE, id);
            scope.requireEnabled(r.communityId);
            errors.throwIfAny();
            if (r.version != version) {
                throw CommunityMessages.TEXT.stale(TYPE, id, version, r.version);
            }
            r.status.requireMoveTo(target, "骑手友好社区申报", "Rider-friendly application", id);
            if (target == RiderStatus.DESIGNATED) {
                List<RiderCriterion> missing = RiderChecklist.missing(required(r.communityId), RiderChecklist.parse(r.criteriaMet));
                if (!missing.isEmpty()) {
                    throw ValidationException.of("criteriaMet", CommunityMessages.TEXT.message("rider.missing",
                            String.join("、", missing.stream().map(c -> c.labels().zhCN()).toList()),
                            String.join(", ", missing.stream().map(c -> c.labels().en()).toList())));
                }
                r.designatedOn = on;
            }
            r.status = target;
            r.decidedAt = UtcTimes.now();
            r.decidedBy = scope.actor();
            r.decisionNote = note;
            em.flush();
            audit.record(target.name(), TYPE, id, note, List.of());
            return toRecord(r);
        });
    }

    public List<RiderFriendly> list(Long unitId, RiderStatus status) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT r FROM RiderFriendlyEntity r WHERE r.orgPath LIKE :path"
                    + (status == null ? "" : " AND r.status = :status") + " ORDER BY r.appliedAt DESC, r.id DESC", RiderFriendlyEntity.class)
                    .setParameter("path", unit.path() + "%");
            if (status != null) {
                query.setParameter("status", status);
            }
            return query.getResultList().stream().map(this::toRecord).toList();
        });
    }

    Set<RiderCriterion> required(long communityId) {
        return RiderChecklist.required(enablement.settings(CommunityModule.ID, communityId).get(RiderChecklist.SETTING));
    }

    RiderFriendly toRecord(RiderFriendlyEntity r) {
        Set<RiderCriterion> met = RiderChecklist.parse(r.criteriaMet);
        return new RiderFriendly(r.id, r.communityId, scope.name(r.communityId), met,
                RiderChecklist.missing(required(r.communityId), met), r.evidence, r.status, UtcTimes.instant(r.appliedAt),
                r.appliedBy, r.designatedOn, UtcTimes.instant(r.decidedAt), r.decidedBy, r.decisionNote, r.version);
    }
}
