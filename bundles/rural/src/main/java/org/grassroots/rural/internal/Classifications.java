package org.grassroots.rural.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rural.internal.classify.Category;
import org.grassroots.rural.internal.classify.ScoringModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Yearly classification of the villages: the computed run (from {@link CriterionScores} under the year's
 * {@link ScoringModels model}), the street's proposal and the district's confirmation. The effective category is the confirmed (or proposed) one, else the
 * computed one.
 */
@Component(service = Classifications.class)
public class Classifications {
    static final String TYPE = "classification";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final JpaTemplate jpa;
    private final RuralAudit audit;
    private final Villages villages;
    private final ModuleScope scope;

    @Activate
    public Classifications(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa,
                           @Reference Villages villages, @Reference(target = RuralModule.SCHEMA) ModuleSchema schema,
                           @Reference RuralAudit audit, @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.scope = scopes.of(RuralModule.ID);
        this.audit = audit;
        this.villages = villages;
    }

    public static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw RuralMessages.TEXT.invalid("year", "between", FIRST_YEAR, LAST_YEAR);
        }
    }

    /**
     * Computes every scored village's category for the year with the year's model. A year that has already been
     * classified is only computed again when {@code rerun} says so (409 otherwise); a re-run resets proposals and
     * confirmations to the computed result and is audited with before/after counts. A caller limited to a unit
     * classifies the villages of their subtree only.
     */
    public RunResult run(int year, boolean rerun, String actor) {
        // the caller's subtree as a path prefix, matched against the rows' stored village paths (null: everything)
        return run(year, rerun, actor, scope.scopePath());
    }

    /**
     * The same for the villages under {@code scopePath} (a path prefix, null: everything) whoever calls: the demo
     * loader classifies one copy of the demo district at a time, while the copies before it are classified already.
     */
    RunResult run(int year, boolean rerun, String actor, String scopePath) {
        String inScope = scopePath == null ? "" : " AND x.orgPath LIKE :under";
        requireYear(year);
        return jpa.txExpr(TransactionType.Required, em -> {
            ScoringModel model = ScoringModels.model(em, year);
            Map<Long, ClassificationEntity> existing = new HashMap<>();
            var classified = em.createQuery("SELECT x FROM ClassificationEntity x WHERE x.forYear = :y" + inScope,
                    ClassificationEntity.class).setParameter("y", year);
            var scored = em.createQuery("SELECT x FROM VillageScoreEntity x WHERE x.forYear = :y" + inScope,
                    VillageScoreEntity.class).setParameter("y", year);
            if (scopePath != null) {
                classified.setParameter("under", scopePath + "%");
                scored.setParameter("under", scopePath + "%");
            }
            for (ClassificationEntity c : classified.getResultList()) {
                existing.put(c.villageId, c);
            }
            if (!existing.isEmpty() && !rerun) {
                throw RuralMessages.TEXT.conflict("classification.done", year, existing.size());
            }
            Map<Category, Integer> before = counts(existing.values());
            Map<Long, Map<String, Double>> scores = new HashMap<>();
            for (VillageScoreEntity s : scored.getResultList()) {
                scores.computeIfAbsent(s.villageId, v -> new HashMap<>()).put(s.criterion, s.score);
            }
            if (scores.isEmpty()) {
                throw RuralMessages.TEXT.invalid("year", "classification.noScores", year);
            }
            List<ClassificationEntity> result = new ArrayList<>();
            scores.forEach((villageId, criterionScores) -> {
                double score = model.score(criterionScores);
                ClassificationEntity c = existing.remove(villageId);
                if (c == null) {
                    c = new ClassificationEntity();
                    c.villageId = villageId;
                    c.orgPath = villages.path(villageId);
                    c.forYear = year;
                    em.persist(c);
                }
                c.score = score;
                c.computedCategory = model.categorize(score);
                c.status = ClassificationStatus.COMPUTED;
                c.proposedCategory = null;
                c.proposalReason = null;
                c.proposedAt = null;
                c.proposedBy = null;
                c.confirmedAt = null;
                c.confirmedBy = null;
                c.computedAt = UtcTimes.now();
                c.computedBy = actor;
                result.add(c);
            });
            // villages whose scores were removed since the last run are no longer classified that year
            existing.values().forEach(em::remove);
            Map<Category, Integer> after = counts(result);
            em.flush();
            audit.record(rerun ? "RERUN" : "RUN", TYPE, (long) year,
                    "model v" + model.version() + ", " + result.size() + " villages: " + after
                            + (rerun ? " (before: " + before + ")" : ""));
            return new RunResult(year, result.size(), after, rerun);
        });
    }

    private static Map<Category, Integer> counts(Collection<ClassificationEntity> classifications) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, 0);
        }
        classifications.forEach(c -> counts.merge(effective(c), 1, Integer::sum));
        return counts;
    }

    static Category effective(ClassificationEntity c) {
        return c.proposedCategory != null ? c.proposedCategory : c.computedCategory;
    }

    /** The street proposes a category (by default the computed one); only before the district confirms. */
    public Classification propose(long id, long expectedVersion, Category category, String reason, String actor) {
        get(id);
        return change(id, expectedVersion, actor, (em, c) -> {
            if (c.status == ClassificationStatus.CONFIRMED) {
                throw RuralMessages.TEXT.conflict("classification.confirmed", id);
            }
            Category proposed = category == null ? c.computedCategory : category;
            if (proposed != c.computedCategory && (reason == null || reason.isBlank())) {
                throw RuralMessages.TEXT.invalid("reason", "classification.reason", proposed.name(), c.computedCategory.name(), proposed, c.computedCategory);
            }
            c.proposedCategory = proposed;
            c.proposalReason = reason == null || reason.isBlank() ? null : reason.trim();
            c.status = ClassificationStatus.PROPOSED;
            c.proposedAt = UtcTimes.now();
            c.proposedBy = actor;
            return "PROPOSE " + proposed;
        });
    }

    /** The district confirms the street's proposal. */
    public Classification confirm(long id, long expectedVersion, String actor) {
        get(id);
        return change(id, expectedVersion, actor, (em, c) -> {
            if (c.status != ClassificationStatus.PROPOSED) {
                throw RuralMessages.TEXT.conflict("classification.notProposed", id, c.status.name(), c.status);
            }
            c.status = ClassificationStatus.CONFIRMED;
            c.confirmedAt = UtcTimes.now();
            c.confirmedBy = actor;
            return "CONFIRM " + c.proposedCategory;
        });
    }

    /** Proposes (as computed) and confirms all of a year's open classifications under the villages given. */
    int proposeAndConfirmAll(int year, VillageSet inScope, String actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            int changed = 0;
            for (ClassificationEntity c : em.createQuery("SELECT c FROM ClassificationEntity c WHERE c.forYear = :y "
                    + "AND c.orgPath LIKE :under", ClassificationEntity.class)
                    .setParameter("y", year).setParameter("under", inScope.under()).getResultList()) {
                if (c.status != ClassificationStatus.CONFIRMED) {
                    c.proposedCategory = c.computedCategory;
                    c.proposedAt = UtcTimes.now();
                    c.proposedBy = actor;
                    c.status = ClassificationStatus.CONFIRMED;
                    c.confirmedAt = c.proposedAt;
                    c.confirmedBy = actor;
                    changed++;
                }
            }
            audit.record("CONFIRM", TYPE, (long) year, changed + " classifications proposed and confirmed");
            em.flush();
            return changed;
        });
    }

    private interface Step {
        String apply(EntityManager em, ClassificationEntity c);
    }

    private Classification change(long id, long expectedVersion, String actor, Step step) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ClassificationEntity c = em.find(ClassificationEntity.class, id);
            if (c == null) {
                throw RuralMessages.TEXT.notFound(TYPE, id);
            }
            if (c.version != expectedVersion) {
                throw RuralMessages.TEXT.stale(TYPE, id, expectedVersion, c.version);
            }
            String action = step.apply(em, c);
            audit.record(action.split(" ")[0], TYPE, id, action + " village " + c.villageId + " " + c.forYear);
            em.flush();
            return view(c);
        });
    }

    /** The classification: 404 unless its village is in the caller's subtree, 403 unless the module is enabled there. */
    public Classification get(long id) {
        Classification classification = find(id);
        villages.requireRecord(classification.villageId(), TYPE, id);
        return classification;
    }

    private Classification find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ClassificationEntity c = em.find(ClassificationEntity.class, id);
            if (c == null) {
                throw RuralMessages.TEXT.notFound(TYPE, id);
            }
            return view(c);
        });
    }

    /** A year's classifications of the given villages. */
    public List<Classification> list(int year, VillageSet inScope) {
        return list(year, inScope, null, null);
    }

    /** A year's classifications of the given villages, of one effective category and status (null: any). */
    /** A year's classifications of the villages under {@code unit} (checked: in scope, enabled), filtered (null: any). */
    public List<Classification> list(int year, Long unit, Category category, ClassificationStatus status) {
        return list(year, villages.enabledUnder(unit), category, status);
    }

    public List<Classification> list(int year, VillageSet inScope, Category category, ClassificationStatus status) {
        requireYear(year);
        if (inScope.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT c FROM ClassificationEntity c WHERE c.forYear = :y AND c.orgPath LIKE :under"
                            + (category == null ? "" : " AND (c.proposedCategory = :category"
                                    + " OR (c.proposedCategory IS NULL AND c.computedCategory = :category))")
                            + (status == null ? "" : " AND c.status = :status") + " ORDER BY c.villageId",
                    ClassificationEntity.class).setParameter("y", year).setParameter("under", inScope.under());
            if (category != null) {
                query.setParameter("category", category);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            return query.getResultList().stream().map(this::view).toList();
        });
    }

    /** A village's categories over the years, newest first. */
    public List<Classification> history(long villageId) {
        villages.enabledVillage(villageId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT c FROM ClassificationEntity c WHERE c.villageId = :v ORDER BY c.forYear DESC", ClassificationEntity.class)
                .setParameter("v", villageId).getResultList().stream().map(this::view).toList());
    }

    /** Villages per effective category in the year, among the villages given (by query, never stored totals). */
    public Map<Category, Integer> countByCategory(int year, VillageSet inScope) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Category, Integer> counts = new EnumMap<>(Category.class);
            for (Category c : Category.values()) {
                counts.put(c, 0);
            }
            if (inScope.isEmpty()) {
                return counts;
            }
            for (Object[] row : em.createQuery("SELECT c.computedCategory, c.proposedCategory, COUNT(c) FROM ClassificationEntity c "
                    + "WHERE c.forYear = :y AND c.orgPath LIKE :under GROUP BY c.computedCategory, c.proposedCategory",
                    Object[].class).setParameter("y", year).setParameter("under", inScope.under()).getResultList()) {
                counts.merge(row[1] != null ? (Category) row[1] : (Category) row[0], ((Number) row[2]).intValue(), Integer::sum);
            }
            return counts;
        });
    }

    /** Whether any village under {@code path} (a unit's path) is classified in the year. */
    public boolean classified(int year, String path) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(c) FROM ClassificationEntity c WHERE c.forYear = :y AND c.orgPath LIKE :under", Long.class)
                .setParameter("y", year).setParameter("under", path + "%").getSingleResult() > 0);
    }

    private Classification view(ClassificationEntity c) {
        return new Classification(c.id, c.villageId, villages.name(c.villageId), c.forYear, c.score, c.computedCategory,
                c.proposedCategory, c.proposalReason, effective(c), c.status, UtcTimes.instant(c.computedAt), c.computedBy,
                UtcTimes.instant(c.proposedAt), c.proposedBy, UtcTimes.instant(c.confirmedAt), c.confirmedBy, c.version);
    }
}
