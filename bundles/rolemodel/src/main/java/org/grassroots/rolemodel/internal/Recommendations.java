package org.grassroots.rolemodel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.Role;
import org.grassroots.rest.Paging;
import org.grassroots.rolemodel.internal.Levels.Level;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Level-by-level recommendation (逐级推荐): the model's unit recommends it to the nearest level above
 * ({@link Levels}: 网格 → 村居/社区 → 街道/园区 → 区); the level holding it approves (with an opinion: it goes one
 * level up, or stops there with {@code conclude}, or at the district) or returns it (with a reason) to the level
 * below, back home from the first level. The model's tier is the highest level that approved it. Every decision is
 * kept ({@code RM_RECOMMENDATION_STEP}); the level that must decide gets a notification in its inbox.
 */
@Component(service = Recommendations.class)
public class Recommendations {
    private static final Caller LOOKUP = Caller.system("rolemodel-levels");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final RoleModels models;
    private final OrganizationService organizations;
    private final Authorization authorization;
    private final Notifications notifications;

    @Activate
    public Recommendations(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                           @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                           @Reference AuditLog audit, @Reference RoleModels models, @Reference OrganizationService organizations,
                           @Reference Authorization authorization, @Reference Notifications notifications) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
        this.models = models;
        this.organizations = organizations;
        this.authorization = authorization;
        this.notifications = notifications;
    }

    /** The decisions allowed in a recommendation status. */
    static List<Decision> allowed(RecommendationStatus status) {
        return status == RecommendationStatus.PENDING ? List.of(Decision.APPROVE, Decision.RETURN)
                : status == RecommendationStatus.APPROVED ? List.of() : List.of(Decision.SUBMIT);
    }

    public RoleModel submit(long id, long version, DecisionDraft draft) {
        return decide(id, version, Decision.SUBMIT, draft);
    }

    public RoleModel approve(long id, long version, DecisionDraft draft) {
        return decide(id, version, Decision.APPROVE, draft);
    }

    public RoleModel giveBack(long id, long version, DecisionDraft draft) {
        return decide(id, version, Decision.RETURN, draft);
    }

    private RoleModel decide(long id, long version, Decision decision, DecisionDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        String opinion = errors.note("opinion", draft == null ? null : draft.opinion(), 1000, decision == Decision.RETURN);
        errors.throwIfAny();
        boolean conclude = draft != null && Boolean.TRUE.equals(draft.conclude());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ModelEntity m = models.visible(em, id);
            scope.requireEnabled(m.organizationId);
            RoleModels.checkVersion(m, version);
            decideIn(em, m, decision, opinion, conclude, actor, true, chain(m.orgPath), true);
            return models.toRecord(m);
        });
    }

    /** Applies a decision to a model in the caller's transaction (REST and the demo data). */
    void decideIn(EntityManager em, ModelEntity m, Decision decision, String opinion, boolean conclude,
                  String actor, boolean checkLevel, List<Level> chain, boolean notify) {
        List<Decision> allowed = allowed(m.recommendation);
        if (!allowed.contains(decision)) {
            throw allowed.isEmpty() ? RoleModelText.TEXT.conflict("rec.concluded", decision, m.recommendation)
                    : RoleModelText.TEXT.conflict("rec.illegal", decision, m.recommendation, names(allowed));
        }
        RecommendationStatus before = m.recommendation;
        long decidedUnit;
        String decidedLevel = null;
        Long to;
        if (decision == Decision.SUBMIT) {
            if (chain.isEmpty()) {
                throw RoleModelText.TEXT.conflict("rec.noLevel", m.name);
            }
            decidedUnit = m.organizationId;
            to = chain.get(0).unitId();
        } else {
            long pending = m.pendingUnitId;
            if (checkLevel && !scope.inScope(pending)) {
                throw RoleModelText.TEXT.conflict("rec.notYourLevel", scope.name(pending));
            }
            decidedUnit = pending;
            int index = Levels.indexOf(chain, pending);
            Level level = index < 0 ? null : chain.get(index);
            decidedLevel = level == null ? null : level.tier().name();
            if (decision == Decision.APPROVE) {
                m.tier = level == null ? m.tier : Levels.higher(m.tier, level.tier());
                to = conclude || index < 0 || index + 1 >= chain.size() ? null : chain.get(index + 1).unitId();
            } else {
                to = index <= 0 ? null : chain.get(index - 1).unitId();
            }
        }
        if (to != null) {
            m.recommendation = RecommendationStatus.PENDING;
            m.pendingUnitId = to;
            m.pendingLevel = Levels.key(chain.get(Levels.indexOf(chain, to)).type());
            m.pendingSince = UtcTimes.now();
        } else {
            m.recommendation = decision == Decision.RETURN ? RecommendationStatus.RETURNED : RecommendationStatus.APPROVED;
            m.pendingUnitId = null;
            m.pendingLevel = null;
            m.pendingSince = null;
        }
        em.flush();
        RecommendationStepEntity s = new RecommendationStepEntity();
        s.modelId = m.id;
        s.decision = decision;
        s.unitId = decidedUnit;
        s.level = decidedLevel;
        s.toUnitId = to;
        s.opinion = opinion;
        s.actor = actor;
        s.at = UtcTimes.now();
        em.persist(s);
        audit.record("RECOMMEND_" + decision.name(), RoleModels.TYPE, m.id, m.name + " @" + scope.name(decidedUnit),
                List.of(new FieldChange("recommendation", before.name(), m.recommendation.name())));
        if (notify) {
            notify(m, decision, to);
        }
    }

    private void notify(ModelEntity m, Decision decision, Long to) {
        String link = "#/m/" + RoleModelModule.ID + "/models/" + m.id;
        if (to != null) {
            String unitName = scope.name(to);
            notifications.post(new NotificationDraft(RoleModelModule.ID, "rolemodel.recommendation.pending",
                    LocalizedText.of("待审核典型推荐：" + m.name, "Recommendation to decide: " + m.name),
                    LocalizedText.of(unitName + "：请审核（同意或退回）典型“" + m.name + "”的推荐。",
                            unitName + ": approve or return the recommendation of " + m.name + "."),
                    link, RoleModels.TYPE, m.id, null), List.of(Recipient.roleInUnit(Role.UNIT_ADMIN, to),
                    Recipient.roleInUnit(Role.SECRETARY, to), Recipient.roleInUnit(Role.DISTRICT_ADMIN, to)));
        } else if (decision == Decision.RETURN) {
            notifications.post(new NotificationDraft(RoleModelModule.ID, "rolemodel.recommendation.returned",
                    LocalizedText.of("典型推荐被退回：" + m.name, "Recommendation returned: " + m.name), null, link,
                    RoleModels.TYPE, m.id, null), List.of(Recipient.unit(m.organizationId)));
        }
    }

    private static String names(List<Decision> decisions) {
        return String.join(", ", decisions.stream().map(d -> d.labels().en()).toList());
    }

    /** The levels above a unit path, nearest first (read whatever the caller's scope). */
    List<Level> chain(String path) {
        List<Long> ids = new ArrayList<>();
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                ids.add(Long.parseLong(parts[i]));
            }
        }
        List<Level> ancestors = authorization.runAs(LOOKUP, () -> {
            List<Level> list = new ArrayList<>();
            for (long id : ids) {
                Optional<Organization> o = organizations.find(id);
                o.ifPresent(org -> list.add(new Level(org.id(), org.unitType())));
            }
            return list;
        });
        return Levels.chain(ancestors);
    }

    public List<RecommendationStep> history(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            models.visible(em, id);
            return em.createQuery("SELECT s FROM RecommendationStepEntity s WHERE s.modelId = :id ORDER BY s.at, s.id",
                            RecommendationStepEntity.class).setParameter("id", id).getResultList().stream()
                    .map(s -> new RecommendationStep(s.decision, s.unitId, scope.name(s.unitId),
                            s.level == null ? null : Tier.valueOf(s.level), s.toUnitId, scope.name(s.toUnitId), s.opinion,
                            s.actor, UtcTimes.instant(s.at))).toList();
        });
    }

    /** The inbox of a level: the recommendations it must decide, oldest first. */
    public Page<RoleModel> inbox(Long unitId, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = " WHERE m.pendingUnitId = :unit AND m.orgPath LIKE :path";
            TypedQuery<ModelEntity> select = em.createQuery("SELECT m FROM ModelEntity m" + where + Paging.orderBy(page.sort(),
                    Paging.fields("m", List.of("name", "pendingSince")), "m.pendingSince", "m.id"), ModelEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM ModelEntity m" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("unit", unit.id()).setParameter("path", unit.path() + "%");
            }
            List<RoleModel> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(models::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }
}
