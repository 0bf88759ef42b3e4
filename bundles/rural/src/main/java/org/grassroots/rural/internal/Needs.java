package org.grassroots.rural.internal;

import org.grassroots.core.api.module.ModuleMessages;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.rural.internal.match.Keywords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What a village needs (sales, labour, technology, …), open until met: what enterprises are paired and recommended for. */
@Component(service = Needs.class)
public class Needs {
    private final JpaTemplate jpa;
    private final RuralAudit audit;
    private final Villages villages;

    @Activate
    public Needs(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa, @Reference Villages villages,
                 @Reference(target = RuralModule.SCHEMA) ModuleSchema schema, @Reference RuralAudit audit) {
        this.jpa = jpa;
        this.audit = audit;
        this.villages = villages;
    }

    /** Adds a need; 403 when the module is not enabled for the village (422 when it is no village of yours). */
    public Need createNeed(NeedDraft draft, String actor) {
        villages.requireEnabledIfVillage(draft == null ? null : draft.villageId());
        validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            NeedEntity n = new NeedEntity();
            apply(n, draft);
            em.persist(n);
            em.flush();
            audit.record("CREATE", "need", n.id, n.type + " " + n.description);
            return need(n);
        });
    }

    public Need updateNeed(long id, long expectedVersion, NeedDraft draft, String actor) {
        get(id);
        villages.requireEnabledIfVillage(draft == null ? null : draft.villageId());
        validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            NeedEntity n = em.find(NeedEntity.class, id);
            if (n == null) {
                throw RuralMessages.TEXT.notFound("need", id);
            }
            if (n.version != expectedVersion) {
                throw RuralMessages.TEXT.stale("need", id, expectedVersion, n.version);
            }
            apply(n, draft);
            audit.record("UPDATE", "need", id, n.type + " " + n.description + (n.open ? "" : " (met)"));
            em.flush();
            return need(n);
        });
    }

    /** The need: 404 unless its village is in the caller's subtree, 403 unless the module is enabled there. */
    public Need get(long id) {
        Need need = find(id);
        villages.requireRecord(need.villageId(), "need", id);
        return need;
    }

    private Need find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            NeedEntity n = em.find(NeedEntity.class, id);
            if (n == null) {
                throw RuralMessages.TEXT.notFound("need", id);
            }
            return need(n);
        });
    }

    /** The needs of the given villages (the caller's, from {@link Villages#enabledUnder}), of one type or all. */
    /** The needs of the villages under {@code unit} (checked: in scope, enabled), of one type or all. */
    public List<Need> list(Long unit, NeedType type) {
        return list(villages.enabledUnder(unit), type);
    }

    public List<Need> list(VillageSet inScope, NeedType type) {
        if (inScope.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT n FROM NeedEntity n WHERE n.orgPath LIKE :under"
                    + (type == null ? "" : " AND n.type = :type") + " ORDER BY n.id", NeedEntity.class)
                    .setParameter("under", inScope.under());
            if (type != null) {
                query.setParameter("type", type);
            }
            return query.getResultList().stream().map(this::need).toList();
        });
    }

    private void validate(NeedDraft d) {
        if (d == null) {
            throw RuralMessages.TEXT.invalid("body", "body.required", "{villageId, type, description, keywords}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        try {
            villages.requireVillage(d.villageId(), "villageId");
        } catch (ValidationException e) {
            ModuleMessages.addAll(errors, "", e);
        }
        if (d.type() == null) {
            errors.add("type", RuralMessages.TEXT.message("need.type", ModuleMessages.choices(NeedType.values())));
        }
        TextFields.check(errors, "description", d.description(), 1000, true);
        TextFields.check(errors, "keywords", d.keywords(), 1000, false);
        TextFields.check(errors, "industry", d.industry(), 100, false);
        if (!errors.isEmpty()) {
            throw errors.build();
        }
    }

    private void apply(NeedEntity n, NeedDraft d) {
        if (n.orgPath == null || n.villageId != d.villageId()) {
            n.orgPath = villages.path(d.villageId());
        }
        n.villageId = d.villageId();
        n.type = d.type();
        n.industry = d.industry() == null || d.industry().isBlank() ? null : d.industry().trim();
        n.description = d.description().trim();
        n.keywords = Keywords.store(Keywords.parse(d.keywords()));
        n.open = d.open() == null || d.open();
    }

    /** The record of a stored need (with its village's name). */
    Need need(NeedEntity n) {
        return new Need(n.id, n.villageId, villages.name(n.villageId), n.type, n.industry, n.description,
                Keywords.load(n.keywords), n.open, n.version);
    }
}
