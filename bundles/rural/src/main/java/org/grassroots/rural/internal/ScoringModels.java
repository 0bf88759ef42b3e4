package org.grassroots.rural.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.rural.internal.classify.ScoringModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The scoring model of each year: criteria with their weights and the thresholds of the categories. */
@Component(service = ScoringModels.class)
public class ScoringModels {
    private final JpaTemplate jpa;
    private final RuralAudit audit;

    @Activate
    public ScoringModels(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa,
                         @Reference(target = RuralModule.SCHEMA) ModuleSchema schema, @Reference RuralAudit audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    /** The year's model; a year nobody configured yet has the default model (version 0, not stored). */
    public ScoringModel model(int year) {
        Classifications.requireYear(year);
        return jpa.txExpr(TransactionType.Supports, em -> model(em, year));
    }

    static ScoringModel model(EntityManager em, int year) {
        ScoringModelEntity e = em.find(ScoringModelEntity.class, year);
        if (e == null) {
            return new ScoringModel(year, ScoringModel.defaultCriteria(), 85, 60, 0);
        }
        return new ScoringModel(year, ScoringModel.decode(e.criteria), e.demonstrationMin, e.excellenceMin, e.version);
    }

    /** Creates (expected version 0) or edits the year's model. */
    public ScoringModel saveModel(int year, long expectedVersion, ModelDraft draft, String actor) {
        Classifications.requireYear(year);
        if (draft == null) {
            throw RuralMessages.TEXT.invalid("body", "body.required", "{criteria, demonstrationMin, excellenceMin}");
        }
        ValidationException.Builder errors = ScoringModel.problems(draft.criteria(), draft.demonstrationMin(), draft.excellenceMin());
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ScoringModelEntity e = em.find(ScoringModelEntity.class, year);
            long actual = e == null ? 0 : e.version;
            if (actual != expectedVersion) {
                throw RuralMessages.TEXT.stale("scoring model", year, expectedVersion, actual);
            }
            if (e == null) {
                e = new ScoringModelEntity();
                e.forYear = year;
                e.version = 1;
                em.persist(e);
            }
            e.criteria = ScoringModel.encode(draft.criteria());
            e.demonstrationMin = draft.demonstrationMin();
            e.excellenceMin = draft.excellenceMin();
            e.updatedAt = UtcTimes.now();
            e.updatedBy = actor;
            audit.record("UPDATE", "scoring model", (long) year, e.criteria.replace('\n', ' ')
                    + " demonstration>=" + e.demonstrationMin + " excellence>=" + e.excellenceMin);
            em.flush();
            return model(em, year);
        });
    }
}
