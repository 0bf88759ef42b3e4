package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The annual study-hour requirement a unit sets for its subtree, inherited down the tree (default 32 hours). */
@Component(service = Requirements.class)
public class Requirements {
    static final String TYPE = "education.requirement";
    static final BigDecimal MAX = BigDecimal.valueOf(200);

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Requirements(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                        @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                        @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.audit = audit;
    }

    /** Every unit's own setting by its path (a small table: one row per unit that set one). */
    Map<String, BigDecimal> settings() {
        Map<String, BigDecimal> settings = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r FROM EduRequirement r", RequirementEntity.class)
                .getResultList()).forEach(r -> settings.put(r.orgPath, r.hours));
        return settings;
    }

    public Requirement get(Long unitId) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return describe(unit);
    }

    public Requirement set(Long unitId, Long version, BigDecimal hours) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX) > 0
                || hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            throw EducationMessages.TEXT.invalid("hours", "requirement.hours", MAX);
        }
        String actor = scope.actor();
        jpa.tx(TransactionType.Required, em -> {
            RequirementEntity r = em.find(RequirementEntity.class, unit.id());
            String before = r == null ? null : r.hours.toPlainString();
            if (r == null) {
                r = new RequirementEntity();
                r.unitId = unit.id();
                em.persist(r);
            } else if (version != null && r.version != version) {
                throw ConflictException.stale(TYPE, unit.id(), version, r.version);
            }
            r.orgPath = unit.path();
            r.hours = StudyHours.of(hours);
            r.updatedAt = UtcTimes.now();
            r.updatedBy = actor;
            em.flush();
            audit.record(before == null ? "CREATE" : "UPDATE", TYPE, unit.id(), unit.name(),
                    List.of(new FieldChange("hours", before, r.hours.toPlainString())));
        });
        return describe(unit);
    }

    /** Removes the unit's own setting: the nearest one above applies again. */
    public Requirement clear(Long unitId) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        jpa.tx(TransactionType.Required, em -> {
            RequirementEntity r = em.find(RequirementEntity.class, unit.id());
            if (r != null) {
                em.remove(r);
                audit.record("DELETE", TYPE, unit.id(), unit.name(), List.of(new FieldChange("hours", r.hours.toPlainString(), null)));
            }
        });
        return describe(unit);
    }

    /** Sets a unit's requirement unless it has one (the demo loader). */
    void setIfAbsent(Organization unit, BigDecimal hours, String actor) {
        jpa.tx(TransactionType.Required, em -> {
            if (em.find(RequirementEntity.class, unit.id()) == null) {
                RequirementEntity r = new RequirementEntity();
                r.unitId = unit.id();
                r.orgPath = unit.path();
                r.hours = StudyHours.of(hours);
                r.updatedAt = UtcTimes.now();
                r.updatedBy = actor;
                em.persist(r);
            }
        });
    }

    private Requirement describe(Organization unit) {
        Map<String, BigDecimal> settings = settings();
        RequirementRules.Applied applied = RequirementRules.applied(settings, unit.path());
        Long version = jpa.txExpr(TransactionType.Supports, em -> {
            RequirementEntity own = em.find(RequirementEntity.class, unit.id());
            return own == null ? null : own.version;
        });
        Long from = applied.path() == null ? null : unitOf(applied.path());
        return new Requirement(unit.id(), unit.name(), applied.hours(), from != null && from == unit.id(), from,
                from == null ? null : scope.name(from), version);
    }

    /** The unit id a materialized path ends with ({@code /1/7/42/} → 42). */
    static Long unitOf(String path) {
        String[] parts = path.split("/");
        return parts.length == 0 ? null : Long.valueOf(parts[parts.length - 1]);
    }
}
