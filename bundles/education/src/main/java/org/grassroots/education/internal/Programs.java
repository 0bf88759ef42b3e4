package org.grassroots.education.internal;

import java.time.Year;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Programs of the "新+" series (e.g. 新+理论学习): a unit's year of sessions under one name. */
@Component(service = Programs.class)
public class Programs {
    static final String TYPE = "education.program";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Programs(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                    @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                    @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.audit = audit;
    }

    public Program create(ProgramDraft draft) {
        if (draft == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        Organization unit = scope.enabledUnit(draft.unitId(), "unitId");
        validate(draft);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ProgramEntity p = createIn(em, unit, draft, actor);
            audit.record("CREATE", TYPE, p.id, p.name, List.of(new FieldChange("name", null, p.name)));
            return toRecord(em, p);
        });
    }

    public Program update(long id, long version, ProgramDraft draft) {
        if (draft == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            ProgramEntity p = visible(em, id);
            scope.requireEnabled(p.unitId);
            if (p.version != version) {
                throw ConflictException.stale(TYPE, id, version, p.version);
            }
            String before = p.name + " " + p.year;
            p.name = draft.name().trim();
            p.description = TextFields.trimmed(draft.description());
            p.year = draft.year();
            em.flush();
            audit.record("UPDATE", TYPE, id, p.name, List.of(new FieldChange("program", before, p.name + " " + p.year)));
            return toRecord(em, p);
        });
    }

    public Program get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    public Page<Program> search(Long unitId, Integer year, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE p.orgPath LIKE :path" + (year == null ? "" : " AND p.year = :year");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ProgramEntity> select = em.createQuery("SELECT p FROM EduProgram p" + where
                    + " ORDER BY p.year DESC, p.name, p.id", ProgramEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM EduProgram p" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("year", year);
                }
            }
            List<Program> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(p -> toRecord(em, p)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    ProgramEntity createIn(EntityManager em, Organization unit, ProgramDraft draft, String actor) {
        ProgramEntity p = new ProgramEntity();
        p.unitId = unit.id();
        p.orgPath = unit.path();
        p.name = draft.name().trim();
        p.description = TextFields.trimmed(draft.description());
        p.year = draft.year();
        p.createdAt = UtcTimes.now();
        p.createdBy = actor;
        em.persist(p);
        em.flush();
        return p;
    }

    ProgramEntity visible(EntityManager em, long id) {
        ProgramEntity p = em.find(ProgramEntity.class, id);
        if (p == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(p.orgPath, TYPE, id);
        return p;
    }

    private static void validate(ProgramDraft d) {
        FieldErrors errors = new FieldErrors();
        if (Texts.isBlank(d.name()) || TextFields.tooLong(d.name(), 200)) {
            errors.add("name", "text.required", 200);
        }
        if (TextFields.tooLong(d.description(), 4000)) {
            errors.add("description", "text.max", 4000);
        }
        int now = Year.now().getValue();
        if (d.year() == null || d.year() < 2000 || d.year() > now + 1) {
            errors.add("year", "number.range", 2000, now + 1);
        }
        errors.throwIfAny();
    }

    private Program toRecord(EntityManager em, ProgramEntity p) {
        long sessions = em.createQuery("SELECT COUNT(s) FROM EduSession s WHERE s.programId = :id", Long.class)
                .setParameter("id", p.id).getSingleResult();
        return new Program(p.id, p.unitId, scope.name(p.unitId), p.name, p.description, p.year, sessions,
                UtcTimes.instant(p.createdAt), p.createdBy, p.version);
    }
}
