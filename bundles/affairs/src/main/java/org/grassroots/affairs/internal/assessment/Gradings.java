package org.grassroots.affairs.internal.assessment;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.core.api.ConflictException;
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
import org.grassroots.core.api.security.ForbiddenException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 分类定等 (星级评定): every listed organization assesses itself against the round's criteria (a score per criterion,
 * 0 to its full marks), which proposes a grade of the round's scheme; the level above returns the self-assessment
 * with a reason or decides the grade (which may differ from the proposal). Steps the state does not allow answer 409
 * naming the allowed ones; the level above's steps are refused (403) to an account of the organization itself.
 */
@Component(service = Gradings.class)
public class Gradings {
    static final String TYPE = "affairs.grading";
    static final StepRules<GradingStatus, GradingAction> RULES = new StepRules<GradingStatus, GradingAction>(GradingAction.class)
            .rule(GradingAction.ASSESS, GradingStatus.SELF_ASSESSED, GradingStatus.PENDING, GradingStatus.RETURNED)
            .rule(GradingAction.RETURN, GradingStatus.RETURNED, GradingStatus.SELF_ASSESSED)
            .rule(GradingAction.DECIDE, GradingStatus.DECIDED, GradingStatus.SELF_ASSESSED);

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final AssessmentNotices notices;

    @Activate
    public Gradings(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                    @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                    @Reference AuditLog audit, @Reference AssessmentNotices notices) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.notices = notices;
    }

    static GradingEntity listed(RoundEntity round, Organization org, int fullMarks) {
        GradingEntity g = new GradingEntity();
        g.roundId = round.id;
        g.organizationId = org.id();
        g.orgPath = org.path();
        g.year = round.year;
        g.status = GradingStatus.PENDING;
        g.fullMarks = fullMarks;
        return g;
    }

    public Grading step(long id, long version, GradingAction action, GradingStep given) {
        GradingStep step = given == null ? new GradingStep(null, null, null, null) : given;
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            GradingEntity g = visible(em, id);
            scope.requireEnabled(g.organizationId);
            GradingStatus before = g.status;
            GradingStatus to = RULES.next(TYPE, id, before, action);
            if (g.version != version) {
                throw ConflictException.stale(TYPE, id, version, g.version);
            }
            RoundEntity round = em.find(RoundEntity.class, g.roundId);
            List<Criterion> criteria = Rounds.criteria(em, g.roundId);
            ValidationException.Builder errors = ValidationException.builder();
            LocalDateTime now = UtcTimes.now();
            switch (action) {
                case ASSESS -> {
                    Map<Long, Integer> scores = checkScores(step.scores(), criteria, errors);
                    String note = errors.note("note", step.note(), 2000, false);
                    errors.throwIfAny();
                    em.createQuery("DELETE FROM GradingScoreEntity s WHERE s.gradingId = :g").setParameter("g", id).executeUpdate();
                    scores.forEach((criterion, score) -> {
                        GradingScoreEntity s = new GradingScoreEntity();
                        s.gradingId = id;
                        s.criterionId = criterion;
                        s.score = score;
                        em.persist(s);
                    });
                    g.selfTotal = scores.values().stream().mapToInt(Integer::intValue).sum();
                    g.proposed = OrgGrade.proposed(round.scheme, g.selfTotal, g.fullMarks);
                    g.selfNote = note;
                    g.assessedBy = actor;
                    g.assessedAt = now;
                }
                case RETURN -> {
                    aboveOnly(g);
                    g.returnNote = errors.note("reason", step.reason(), 1000, true);
                }
                case DECIDE -> {
                    aboveOnly(g);
                    if (step.grade() == null || step.grade().scheme() != round.scheme) {
                        errors.add("grade", AssessmentText.TEXT.message("grading.grade", round.scheme,
                                gradeChoices(round.scheme)));
                    }
                    g.decisionNote = errors.note("reason", step.reason(), 1000, false);
                    g.grade = step.grade();
                    g.decidedBy = actor;
                    g.decidedAt = now;
                }
            }
            errors.throwIfAny();
            g.status = to;
            em.flush();
            audit.record(action.name(), TYPE, id, scope.name(g.organizationId) + " " + g.year
                    + (g.grade == null ? "" : " " + g.grade.name()), List.of(new FieldChange("status", before.name(), to.name())));
            notices.grading(g, round.unitId, action);
            return toRecord(em, g, round.scheme, criteria);
        });
    }

    /** One score for every criterion of the round, each from 0 to the criterion's full marks; refusals name the line. */
    static Map<Long, Integer> checkScores(List<ScoreEntry> given, List<Criterion> criteria, ValidationException.Builder errors) {
        Map<Long, Integer> scores = new java.util.LinkedHashMap<>();
        if (given == null || given.isEmpty()) {
            errors.add("scores", AssessmentText.TEXT.message("grading.scores", criteria.size()));
            return scores;
        }
        Map<Long, Criterion> byId = new HashMap<>();
        criteria.forEach(c -> byId.put(c.id(), c));
        for (int i = 0; i < given.size(); i++) {
            ScoreEntry e = given.get(i);
            String at = "scores[" + i + "].";
            Criterion c = e == null || e.criterionId() == null ? null : byId.get(e.criterionId());
            if (c == null) {
                errors.add(at + "criterionId", AssessmentText.TEXT.message("grading.criterion.unknown", e == null ? null : e.criterionId()));
            } else if (scores.containsKey(c.id())) {
                errors.add(at + "criterionId", AssessmentText.TEXT.message("grading.criterion.twice", c.name()));
            } else {
                Integer score = errors.whole(at + "score", e.score(), 0, c.maxScore(), true);
                scores.put(c.id(), score == null ? 0 : score);
            }
        }
        Set<Long> missing = new HashSet<>(byId.keySet());
        missing.removeAll(scores.keySet());
        if (!missing.isEmpty()) {
            errors.add("scores", AssessmentText.TEXT.message("grading.criterion.missing", criteria.stream()
                    .filter(c -> missing.contains(c.id())).map(Criterion::name).toList()));
        }
        return scores;
    }

    static org.grassroots.core.api.text.Message gradeChoices(GradeScheme scheme) {
        return org.grassroots.core.api.module.ModuleMessages.choices(OrgGrade.of(scheme).toArray(new OrgGrade[0]));
    }

    public Grading get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            GradingEntity g = visible(em, id);
            return toRecord(em, g, em.find(RoundEntity.class, g.roundId).scheme, Rounds.criteria(em, g.roundId));
        });
    }

    public Page<Grading> search(Long unitId, Integer year, Long roundId, GradingStatus status, OrgGrade grade, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE g.orgPath LIKE :path" + (year == null ? "" : " AND g.year = :year")
                + (roundId == null ? "" : " AND g.roundId = :round") + (status == null ? "" : " AND g.status = :status")
                + (grade == null ? "" : " AND g.grade = :grade");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT g FROM GradingEntity g" + where + " ORDER BY g.year DESC, g.orgPath", GradingEntity.class);
            var count = em.createQuery("SELECT COUNT(g) FROM GradingEntity g" + where, Long.class);
            for (var q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("year", year);
                }
                if (roundId != null) {
                    q.setParameter("round", roundId);
                }
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (grade != null) {
                    q.setParameter("grade", grade);
                }
            }
            Map<Long, RoundEntity> rounds = new HashMap<>();
            Map<Long, List<Criterion>> criteria = new HashMap<>();
            List<Grading> items = new ArrayList<>();
            for (GradingEntity g : select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
                RoundEntity round = rounds.computeIfAbsent(g.roundId, k -> em.find(RoundEntity.class, k));
                items.add(toRecord(em, g, round.scheme, criteria.computeIfAbsent(g.roundId, k -> Rounds.criteria(em, k))));
            }
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    private void aboveOnly(GradingEntity g) {
        Long own = scope.scopeUnit();
        if (own != null && own == g.organizationId) {
            throw new ForbiddenException(AssessmentText.TEXT.message("step.aboveOnly", scope.name(g.organizationId)));
        }
    }

    private GradingEntity visible(EntityManager em, long id) {
        GradingEntity g = em.find(GradingEntity.class, id);
        if (g == null) {
            throw AssessmentText.TEXT.notFound(TYPE, id);
        }
        AssessmentText.TEXT.requireVisible(scope, g.orgPath, TYPE, id);
        return g;
    }

    private Grading toRecord(EntityManager em, GradingEntity g, GradeScheme scheme, List<Criterion> criteria) {
        Map<Long, Integer> scores = new HashMap<>();
        em.createQuery("SELECT s FROM GradingScoreEntity s WHERE s.gradingId = :g", GradingScoreEntity.class)
                .setParameter("g", g.id).getResultList().forEach(s -> scores.put(s.criterionId, s.score));
        List<CriterionScore> lines = criteria.stream().map(c -> new CriterionScore(c.id(), c.name(), c.maxScore(), scores.get(c.id()))).toList();
        return new Grading(g.id, g.roundId, g.organizationId, scope.name(g.organizationId), g.year, scheme, g.status, lines,
                g.selfTotal, g.fullMarks, g.proposed, g.grade, g.selfNote, g.decisionNote, g.returnNote, g.assessedBy,
                UtcTimes.instant(g.assessedAt), g.decidedBy, UtcTimes.instant(g.decidedAt), RULES.allowed(g.status), g.version);
    }
}
