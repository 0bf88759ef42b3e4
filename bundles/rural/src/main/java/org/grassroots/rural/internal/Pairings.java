package org.grassroots.rural.internal;

import org.grassroots.core.api.module.ModuleMessages;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 结对 pairings of an enterprise and a village: proposed, agreed, active, ended (with a reason and whether it helped). */
@Component(service = Pairings.class)
public class Pairings {
    static final String TYPE = "pairing";

    private final JpaTemplate jpa;
    private final RuralAudit audit;
    private final Villages villages;
    private final ModuleScope scope;

    @Activate
    public Pairings(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa, @Reference Villages villages,
                    @Reference(target = RuralModule.SCHEMA) ModuleSchema schema, @Reference RuralAudit audit, @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.audit = audit;
        this.villages = villages;
        this.scope = scopes.of(RuralModule.ID);
    }

    /** Proposes a pairing; 403 when the module is not enabled for the village (422 when it is no village of yours). */
    public Pairing propose(PairingDraft draft, String actor) {
        villages.requireEnabledIfVillage(draft == null ? null : draft.villageId());
        if (draft == null) {
            throw RuralMessages.TEXT.invalid("body", "body.required", "{enterpriseId, villageId, needId}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        if (draft.enterpriseId() == null) {
            errors.add("enterpriseId", RuralMessages.TEXT.message("required"));
        }
        try {
            villages.requireVillage(draft.villageId(), "villageId");
        } catch (ValidationException e) {
            ModuleMessages.addAll(errors, "", e);
        }
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            EnterpriseEntity enterprise = em.find(EnterpriseEntity.class, draft.enterpriseId());
            if (enterprise == null || !EnterpriseOwners.visible(enterprise.organizationId, enterprise.orgPath, scope.scopePath())) {
                throw RuralMessages.TEXT.invalid("enterpriseId", "enterprise.noSuch", draft.enterpriseId());
            }
            if (draft.needId() != null) {
                NeedEntity need = em.find(NeedEntity.class, draft.needId());
                if (need == null || need.villageId != draft.villageId()) {
                    throw RuralMessages.TEXT.invalid("needId", "need.noSuch", draft.needId(), draft.villageId());
                }
            }
            long open = em.createQuery("SELECT COUNT(p) FROM PairingEntity p WHERE p.enterpriseId = :e AND p.villageId = :v "
                            + "AND p.status <> :ended", Long.class).setParameter("e", draft.enterpriseId())
                    .setParameter("v", draft.villageId()).setParameter("ended", PairingStatus.ENDED).getSingleResult();
            if (open > 0) {
                throw RuralMessages.TEXT.conflict("pairing.exists", enterprise.name, villages.name(draft.villageId()));
            }
            PairingEntity p = new PairingEntity();
            p.enterpriseId = draft.enterpriseId();
            p.villageId = draft.villageId();
            p.orgPath = villages.path(draft.villageId());
            p.needId = draft.needId();
            p.status = PairingStatus.PROPOSED;
            p.proposedAt = UtcTimes.now();
            p.proposedBy = actor;
            em.persist(p);
            em.flush();
            audit.record("PROPOSE", TYPE, p.id, "enterprise " + p.enterpriseId + " - village " + p.villageId);
            return pairing(em, p);
        });
    }

    /** Moves a pairing along its workflow; {@code reason}/{@code successful} only for ENDED. */
    public Pairing move(long id, long expectedVersion, PairingStatus target, String reason, Boolean successful, String actor) {
        pairing(id);
        if (target == PairingStatus.ENDED && (reason == null || reason.isBlank())) {
            throw RuralMessages.TEXT.invalid("reason", "pairing.endReason");
        }
        if (reason != null && reason.length() > 1000) {
            throw RuralMessages.TEXT.invalid("reason", "tooLong", 1000);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PairingEntity p = em.find(PairingEntity.class, id);
            if (p == null) {
                throw RuralMessages.TEXT.notFound(TYPE, id);
            }
            if (p.version != expectedVersion) {
                throw RuralMessages.TEXT.stale(TYPE, id, expectedVersion, p.version);
            }
            p.status.requireMoveTo(target, id);
            audit.record(target.name(), TYPE, id, p.status + " -> " + target + (reason == null ? "" : ": " + reason));
            p.status = target;
            switch (target) {
                case AGREED -> {
                    p.agreedAt = UtcTimes.now();
                    p.agreedBy = actor;
                }
                case ACTIVE -> {
                    p.activatedAt = UtcTimes.now();
                    p.activatedBy = actor;
                }
                case ENDED -> {
                    p.endedAt = UtcTimes.now();
                    p.endedBy = actor;
                    p.endReason = reason.trim();
                    p.successful = successful;
                }
                default -> throw new IllegalStateException(target.name());
            }
            em.flush();
            return pairing(em, p);
        });
    }

    /** The pairing: 404 unless its village is in the caller's subtree, 403 unless the module is enabled there. */
    public Pairing pairing(long id) {
        Pairing pairing = find(id);
        villages.requireRecord(pairing.villageId(), TYPE, id);
        return pairing;
    }

    private Pairing find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PairingEntity p = em.find(PairingEntity.class, id);
            if (p == null) {
                throw RuralMessages.TEXT.notFound(TYPE, id);
            }
            return pairing(em, p);
        });
    }

    /** The pairings of the given villages (the caller's, from {@link Villages#enabledUnder}), in one status or all. */
    /** The pairings of the villages under {@code unit} (checked: in scope, enabled), in one status or all. */
    public List<Pairing> pairings(Long unit, PairingStatus status) {
        return pairings(villages.enabledUnder(unit), status);
    }

    public List<Pairing> pairings(VillageSet inScope, PairingStatus status) {
        if (inScope.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT p, e.name FROM PairingEntity p, EnterpriseEntity e WHERE e.id = p.enterpriseId "
                    + "AND p.orgPath LIKE :under" + (status == null ? "" : " AND p.status = :status") + " ORDER BY p.id",
                    Object[].class).setParameter("under", inScope.under());
            if (status != null) {
                query.setParameter("status", status);
            }
            return query.getResultList().stream().map(row -> pairing((PairingEntity) row[0], (String) row[1])).toList();
        });
    }

    private Pairing pairing(EntityManager em, PairingEntity p) {
        return pairing(p, em.find(EnterpriseEntity.class, p.enterpriseId).name);
    }

    /** The record of a stored pairing, with its enterprise's name. */
    Pairing pairing(PairingEntity p, String enterpriseName) {
        return new Pairing(p.id, p.enterpriseId, enterpriseName, p.villageId, villages.name(p.villageId), p.needId, p.status,
                UtcTimes.instant(p.proposedAt), p.proposedBy, UtcTimes.instant(p.agreedAt), p.agreedBy,
                UtcTimes.instant(p.activatedAt), p.activatedBy, UtcTimes.instant(p.endedAt), p.endedBy, p.endReason,
                p.successful, p.version);
    }
}
