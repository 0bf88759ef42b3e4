package org.grassroots.rural.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.rural.internal.classify.ScoringModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Each village's score per criterion of the year's scoring model: what a classification run computes from. */
@Component(service = CriterionScores.class)
public class CriterionScores {
    private final JpaTemplate jpa;
    private final RuralAudit audit;
    private final Villages villages;
    private final ScoringModels scoringModels;

    @Activate
    public CriterionScores(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa, @Reference Villages villages,
                           @Reference(target = RuralModule.SCHEMA) ModuleSchema schema, @Reference RuralAudit audit,
                           @Reference ScoringModels scoringModels) {
        this.jpa = jpa;
        this.audit = audit;
        this.villages = villages;
        this.scoringModels = scoringModels;
    }

    /** Sets a village's criterion scores for the year (criteria not mentioned keep their score). */
    public VillageScores saveScores(long villageId, int year, Map<String, Double> scores, String actor) {
        villages.enabledVillage(villageId);
        Classifications.requireYear(year);
        villages.requireVillage(villageId, "villageId");
        if (scores == null || scores.isEmpty()) {
            throw RuralMessages.TEXT.invalid("scores", "scores.required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ScoringModel model = ScoringModels.model(em, year);
            ValidationException.Builder errors = ValidationException.builder();
            scores.forEach((code, value) -> {
                if (!model.hasCriterion(code)) {
                    errors.add("scores." + code, RuralMessages.TEXT.message("score.criterion", year));
                } else if (value == null || value < 0 || value > ScoringModel.MAX_SCORE) {
                    errors.add("scores." + code, RuralMessages.TEXT.message("between", 0, 100));
                }
            });
            if (!errors.isEmpty()) {
                throw errors.build();
            }
            Map<String, VillageScoreEntity> existing = new HashMap<>();
            for (VillageScoreEntity s : em.createQuery("SELECT s FROM " + VillageScoreEntity.class.getSimpleName()
                    + " s WHERE s.villageId = :v AND s.forYear = :y", VillageScoreEntity.class)
                    .setParameter("v", villageId).setParameter("y", year).getResultList()) {
                existing.put(s.criterion, s);
            }
            scores.forEach((code, value) -> {
                VillageScoreEntity s = existing.get(code);
                if (s == null) {
                    s = new VillageScoreEntity();
                    s.villageId = villageId;
                    s.orgPath = villages.path(villageId);
                    s.forYear = year;
                    s.criterion = code;
                    em.persist(s);
                    existing.put(code, s);
                }
                s.score = value;
            });
            audit.record("SCORE", "village", villageId, year + " " + scores);
            Map<String, Double> all = new HashMap<>();
            existing.forEach((code, s) -> all.put(code, s.score));
            return new VillageScores(villageId, year, all);
        });
    }

    /**
     * Saves many villages' scores in one transaction (demo data, spreadsheet imports): all or nothing. Scores must
     * already be validated against the year's model ({@link #problems}).
     */
    public void saveAllScores(int year, Map<Long, Map<String, Double>> scores, String actor) {
        jpa.tx(TransactionType.Required, em -> {
            Map<String, VillageScoreEntity> existing = new HashMap<>();
            for (VillageScoreEntity s : em.createQuery("SELECT s FROM VillageScoreEntity s WHERE s.forYear = :y",
                    VillageScoreEntity.class).setParameter("y", year).getResultList()) {
                existing.put(s.villageId + "/" + s.criterion, s);
            }
            for (Map.Entry<Long, Map<String, Double>> village : scores.entrySet()) {
                String[] path = new String[1]; // looked up once per village, only when a row is new
                village.getValue().forEach((code, value) -> {
                    VillageScoreEntity s = existing.get(village.getKey() + "/" + code);
                    if (s == null) {
                        s = new VillageScoreEntity();
                        s.villageId = village.getKey();
                        if (path[0] == null) {
                            path[0] = villages.path(village.getKey());
                        }
                        s.orgPath = path[0];
                        s.forYear = year;
                        s.criterion = code;
                        em.persist(s);
                    }
                    s.score = value;
                });
            }
            audit.record("SCORE", "village", null, year + ": scores of " + scores.size() + " villages");
            em.flush();
        });
    }

    /** What is wrong with these criterion scores under the year's model ({@code field} prefixes each error). */
    public ValidationException.Builder problems(int year, String field, Map<String, Double> scores) {
        ScoringModel model = scoringModels.model(year);
        ValidationException.Builder errors = ValidationException.builder();
        scores.forEach((code, value) -> {
            if (!model.hasCriterion(code)) {
                errors.add(field + code, RuralMessages.TEXT.message("score.criterion", year));
            } else if (value == null || value < 0 || value > ScoringModel.MAX_SCORE) {
                errors.add(field + code, RuralMessages.TEXT.message("between", 0, 100));
            }
        });
        return errors;
    }

    /** The criterion scores of the given villages in the year, by village. */
    public Map<Long, Map<String, Double>> scoresOf(int year, VillageSet inScope) {
        Map<Long, Map<String, Double>> scores = new HashMap<>();
        if (inScope.isEmpty()) {
            return scores;
        }
        jpa.tx(TransactionType.Supports, em -> em.createQuery("SELECT s FROM VillageScoreEntity s WHERE s.forYear = :y "
                        + "AND s.orgPath LIKE :under", VillageScoreEntity.class)
                .setParameter("y", year).setParameter("under", inScope.under()).getResultList()
                .forEach(s -> scores.computeIfAbsent(s.villageId, v -> new HashMap<>()).put(s.criterion, s.score)));
        return scores;
    }

    /** The village's criterion scores of the year; the village in the caller's subtree (404), enabled (403). */
    public VillageScores scores(long villageId, int year) {
        villages.enabledVillage(villageId);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Double> scores = new HashMap<>();
            for (VillageScoreEntity s : em.createQuery("SELECT s FROM VillageScoreEntity s WHERE s.villageId = :v AND s.forYear = :y",
                    VillageScoreEntity.class).setParameter("v", villageId).setParameter("y", year).getResultList()) {
                scores.put(s.criterion, s.score);
            }
            return new VillageScores(villageId, year, scores);
        });
    }
}
