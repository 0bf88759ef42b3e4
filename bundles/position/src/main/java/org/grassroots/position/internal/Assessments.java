package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
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
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Yearly assessments (年度评估) of a position against one standard version: one per position and year, every item
 * scored (with evidence), the total and the grade computed. The item texts and weights are copied into the scores,
 * and the version is never changed, so a later version of the standard changes no past assessment.
 */
@Component(service = Assessments.class)
public class Assessments {
    static final String TYPE = "position.assessment";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Positions positions;

    @Activate
    public Assessments(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                       @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Positions positions) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
        this.positions = positions;
    }

    public Assessment create(AssessmentDraft draft) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{positionId, year, standardId, assessedOn, scores}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("positionId", draft.positionId()).required("standardId", draft.standardId());
        int thisYear = LocalDate.now().getYear();
        if (draft.year() == null) {
            errors.add("year", PosText.TEXT.message("field.required"));
        } else if (draft.year() < 2000 || draft.year() > thisYear) {
            errors.add("year", PosText.TEXT.message("field.range", 2000, thisYear));
        }
        if (draft.assessedOn() == null) {
            errors.add("assessedOn", PosText.TEXT.message("field.required"));
        } else if (draft.assessedOn().isAfter(LocalDate.now())) {
            errors.add("assessedOn", PosText.TEXT.message("field.future"));
        } else if (draft.year() != null && draft.assessedOn().getYear() < draft.year()) {
            errors.add("assessedOn", PosText.TEXT.message("assessment.beforeYear", draft.year()));
        }
        String assessor = errors.line("assessor", draft.assessor(), 100, false);
        String note = errors.note("note", draft.note(), 1000, false);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            PositionEntity p = draft.positionId() == null ? null : positions.visible(em, draft.positionId());
            if (p != null) {
                scope.requireEnabled(p.organizationId);
            }
            StandardEntity standard = draft.standardId() == null ? null : em.find(StandardEntity.class, draft.standardId());
            if (draft.standardId() != null && standard == null) {
                errors.add("standardId", PosText.TEXT.message("assessment.unknownStandard", draft.standardId()));
            }
            List<StandardItemEntity> items = standard == null ? List.of() : Standards.items(em, standard.id);
            List<ScoreRules.Checked> scores = standard == null ? List.of() : ScoreRules.check(items, draft.scores(), errors);
            if (standard != null && draft.assessedOn() != null && draft.assessedOn().isBefore(standard.issuedOn)) {
                errors.add("standardId", PosText.TEXT.message("assessment.notIssued", standard.code, standard.versionNo, standard.issuedOn));
            }
            errors.throwIfAny();
            if (!em.createQuery("SELECT a.id FROM AssessmentEntity a WHERE a.positionId = :p AND a.year = :y", Long.class)
                    .setParameter("p", p.id).setParameter("y", draft.year()).getResultList().isEmpty()) {
                throw PosText.TEXT.conflict("assessment.exists", p.name, draft.year());
            }
            AssessmentEntity a = new AssessmentEntity();
            a.positionId = p.id;
            a.organizationId = p.organizationId;
            a.orgPath = p.orgPath;
            a.year = draft.year();
            a.standardId = standard.id;
            a.total = ScoreRules.total(scores);
            a.maxTotal = ScoreRules.max(items);
            a.grade = Grade.of(a.total, a.maxTotal);
            a.assessedOn = draft.assessedOn();
            a.assessor = assessor;
            a.note = note;
            a.createdAt = UtcTimes.now();
            a.createdBy = actor;
            em.persist(a);
            em.flush();
            for (ScoreRules.Checked c : scores) {
                ScoreEntity s = new ScoreEntity();
                s.assessmentId = a.id;
                s.itemId = c.item().id;
                s.positionNo = c.item().positionNo;
                s.category = c.item().category;
                s.text = c.item().text;
                s.weight = c.item().weight;
                s.score = c.score();
                s.evidence = c.evidence();
                s.attachmentId = c.attachmentId();
                em.persist(s);
            }
            em.flush();
            audit.record("CREATE", TYPE, a.id, p.name + " " + a.year + ": " + a.total + "/" + a.maxTotal,
                    List.of(new FieldChange("total", null, a.total.toPlainString()), new FieldChange("grade", null, a.grade.name())));
            return toRecord(em, a, p.name);
        });
    }

    public Assessment get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            AssessmentEntity a = visible(em, id);
            return toRecord(em, a, em.find(PositionEntity.class, a.positionId).name);
        });
    }

    /** The assessments of the subtree: of a year, a position, a grade. */
    public Page<Assessment> search(Long unitId, Integer year, Long positionId, Grade grade, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE a.orgPath LIKE :path" + (year == null ? "" : " AND a.year = :year")
                + (positionId == null ? "" : " AND a.positionId = :position") + (grade == null ? "" : " AND a.grade = :grade");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<AssessmentEntity> select = em.createQuery("SELECT a FROM AssessmentEntity a" + where + Paging.orderBy(page.sort(),
                    Map.of("year", "a.year", "total", "a.total", "assessedOn", "a.assessedOn"), "a.year DESC, a.orgPath", "a.id"),
                    AssessmentEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AssessmentEntity a" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("year", year);
                }
                if (positionId != null) {
                    q.setParameter("position", positionId);
                }
                if (grade != null) {
                    q.setParameter("grade", grade);
                }
            }
            List<Assessment> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(a -> toRecord(em, a, em.find(PositionEntity.class, a.positionId).name)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    AssessmentEntity visible(EntityManager em, long id) {
        AssessmentEntity a = em.find(AssessmentEntity.class, id);
        if (a == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(a.orgPath, TYPE, id);
        return a;
    }

    static Assessment toRecord(EntityManager em, AssessmentEntity a, String positionName) {
        StandardEntity s = em.find(StandardEntity.class, a.standardId);
        List<ItemScore> scores = em.createQuery("SELECT s FROM ScoreEntity s WHERE s.assessmentId = :a ORDER BY s.positionNo",
                        ScoreEntity.class).setParameter("a", a.id).getResultList().stream()
                .map(x -> new ItemScore(x.itemId, x.positionNo, x.category, x.text, x.weight, x.score, x.evidence, x.attachmentId))
                .toList();
        long open = em.createQuery("SELECT COUNT(r) FROM RectificationEntity r WHERE r.assessmentId = :a AND r.status = :open", Long.class)
                .setParameter("a", a.id).setParameter("open", RectificationStatus.OPEN).getSingleResult();
        return new Assessment(a.id, a.positionId, positionName, a.organizationId, a.year, a.standardId, s.code, s.versionNo, s.name,
                a.total, a.maxTotal, a.grade, a.assessedOn, a.assessor, a.note, scores, open, UtcTimes.instant(a.createdAt),
                a.createdBy, a.version);
    }

    static BigDecimal percent(BigDecimal total, BigDecimal max) {
        return total.multiply(BigDecimal.valueOf(100)).divide(max, 1, java.math.RoundingMode.HALF_UP);
    }
}
