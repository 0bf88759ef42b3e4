package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The meeting rules units set for their subtrees (inherited, the nearest wins) and the exemptions granted. */
@Component(service = RuleSettings.class)
public class RuleSettings {
    static final String RULE = "affairs.rule";
    static final String EXEMPTION = "affairs.exemption";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final FigureCache cache;

    @Activate
    public RuleSettings(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                        @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                        @Reference AuditLog audit, @Reference FigureCache cache) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.cache = cache;
    }

    /** Every unit's override, keyed by the unit's path (the table is small: one row per unit and type at most). */
    Map<String, Map<MeetingType, Period>> overrides() {
        Map<String, Map<MeetingType, Period>> overrides = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r FROM RuleEntity r", RuleEntity.class).getResultList())
                .forEach(r -> overrides.computeIfAbsent(r.orgPath, k -> new EnumMap<>(MeetingType.class)).put(r.type, r.period));
        return overrides;
    }

    /** {@code organizationId:TYPE} of the exemptions of the year in a subtree. */
    Set<String> exemptions(String path, int year) {
        Set<String> keys = new HashSet<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT e FROM ExemptionEntity e WHERE e.orgPath LIKE :path AND e.year = :year", ExemptionEntity.class)
                .setParameter("path", path + "%").setParameter("year", year).getResultList())
                .forEach(e -> keys.add(e.organizationId + ":" + e.type));
        return keys;
    }

    /** The rules in force for the branches (and, for 民主生活会, the committees) of a unit, and who set each. */
    public List<EffectiveRule> effective(Long unitId) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        Map<String, Map<MeetingType, Period>> overrides = overrides();
        List<EffectiveRule> rules = new ArrayList<>();
        for (MeetingType type : MeetingType.values()) {
            PartyOrgType as = type == MeetingType.DEMOCRATIC_LIFE ? PartyOrgType.COMMITTEE : PartyOrgType.BRANCH;
            Period period = ComplianceRules.effective(type, as, unit.path(), overrides);
            String setAt = null;
            for (var e : overrides.entrySet()) {
                if (unit.path().startsWith(e.getKey()) && e.getValue().containsKey(type)
                        && (setAt == null || e.getKey().length() > setAt.length())) {
                    setAt = e.getKey();
                }
            }
            Long setBy = setAt == null ? null : unitOf(setAt);
            rules.add(new EffectiveRule(type, period, ComplianceRules.defaultPeriod(type, as), setBy, setBy == null ? null : scope.name(setBy)));
        }
        return rules;
    }

    /** Sets (or with period null, removes) a unit's rule for one meeting type, for its whole subtree. */
    public RuleSetting set(RuleDraft draft) {
        if (draft == null) {
            throw AffairsText.TEXT.invalid("body", "body.required", "{unitId, type, period}");
        }
        Organization unit = scope.enabledUnit(draft.unitId(), "unitId");
        if (draft.type() == null) {
            throw AffairsText.TEXT.invalid("type", "meeting.type.required");
        }
        String actor = scope.actor();
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            RuleEntity rule = em.createQuery("SELECT r FROM RuleEntity r WHERE r.unitId = :unit AND r.type = :type", RuleEntity.class)
                    .setParameter("unit", unit.id()).setParameter("type", draft.type()).getResultStream().findFirst().orElse(null);
            String before = rule == null ? null : rule.period.name();
            if (draft.period() == null) {
                if (rule != null) {
                    em.remove(rule);
                    audit.record("RULE_REMOVE", RULE, unit.id(), unit.name() + " " + draft.type().label(),
                            List.of(new FieldChange(draft.type().name(), before, null)));
                }
                return null;
            }
            if (rule == null) {
                rule = new RuleEntity();
                rule.unitId = unit.id();
                rule.orgPath = unit.path();
                rule.type = draft.type();
                em.persist(rule);
            }
            rule.period = draft.period();
            rule.setBy = actor;
            rule.setAt = UtcTimes.now();
            em.flush();
            audit.record("RULE_SET", RULE, unit.id(), unit.name() + " " + draft.type().label() + " " + draft.period().label(),
                    List.of(new FieldChange(draft.type().name(), before, draft.period().name())));
            return new RuleSetting(unit.id(), unit.name(), rule.type, rule.period, rule.setBy, UtcTimes.instant(rule.setAt), rule.version);
        }));
    }

    /** Exempts an organization from one meeting type for a year, with the reason (the level above decides). */
    public Exemption exempt(ExemptionDraft draft) {
        if (draft == null) {
            throw AffairsText.TEXT.invalid("body", "body.required", "{organizationId, type, year, reason}");
        }
        Organization org = scope.enabledUnit(draft.organizationId(), "organizationId");
        FieldErrors errors = AffairsText.errors();
        if (draft.type() == null) {
            errors.add("type", "meeting.type.required");
        }
        if (draft.year() == null || draft.year() < 2000 || draft.year() > LocalDate.now().getYear() + 1) {
            errors.add("year", "year.range");
        }
        if (draft.reason() == null || draft.reason().isBlank() || draft.reason().length() > 1000) {
            errors.add("reason", "text.required", 1000);
        }
        errors.throwIfAny();
        if (scope.scopeUnit() != null && scope.scopeUnit() == org.id()) {
            throw new org.grassroots.core.api.security.ForbiddenException(AffairsText.TEXT.message("exemption.above", org.name()));
        }
        String actor = scope.actor();
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            boolean exists = !em.createQuery("SELECT e.id FROM ExemptionEntity e WHERE e.organizationId = :org AND e.type = :type "
                            + "AND e.year = :year", Long.class).setParameter("org", org.id()).setParameter("type", draft.type())
                    .setParameter("year", draft.year()).getResultList().isEmpty();
            if (exists) {
                throw AffairsText.TEXT.conflict("exemption.exists", org.name(), draft.type(), draft.year());
            }
            ExemptionEntity e = new ExemptionEntity();
            e.organizationId = org.id();
            e.orgPath = org.path();
            e.type = draft.type();
            e.year = draft.year();
            e.reason = draft.reason().trim();
            e.grantedBy = actor;
            e.grantedAt = UtcTimes.now();
            em.persist(e);
            em.flush();
            audit.record("EXEMPT", EXEMPTION, e.id, org.name() + " " + e.type.label() + " " + e.year + ": " + e.reason, List.of());
            return toRecord(e);
        }));
    }

    public List<Exemption> exemptionsOf(Long unitId, Integer year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT e FROM ExemptionEntity e WHERE e.orgPath LIKE :path"
                    + (year == null ? "" : " AND e.year = :year") + " ORDER BY e.year DESC, e.id", ExemptionEntity.class)
                    .setParameter("path", unit.path() + "%");
            if (year != null) {
                query.setParameter("year", year);
            }
            return query.getResultList().stream().map(this::toRecord).toList();
        });
    }

    private Exemption toRecord(ExemptionEntity e) {
        return new Exemption(e.id, e.organizationId, scope.name(e.organizationId), e.type, e.year, e.reason, e.grantedBy,
                UtcTimes.instant(e.grantedAt));
    }

    /** The unit id at the end of a materialized path ({@code /1/7/42/} → 42). */
    static Long unitOf(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty()) {
                return Long.valueOf(parts[i]);
            }
        }
        return null;
    }
}
