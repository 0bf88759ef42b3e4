package org.grassroots.membership.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The configurable pipeline (the rules have changed before): each step's interval from an earlier one and whether it
 * is used, and the numbers (minimum age, probation months, training hours, notice days, thought report days). The
 * order of the steps and the steps that change the stage stay as the rules define them.
 */
@Component(service = StepRules.class)
public class StepRules {
    static final String TYPE = "membership.rule";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public StepRules(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                     @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                     @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(MembershipModule.ID);
        this.audit = audit;
    }

    /** The rules as they stand, inside a transaction. */
    PipelineRules current(EntityManager em) {
        return new PipelineRules(rules(em), settings(em));
    }

    public PipelineRules current() {
        return jpa.txExpr(TransactionType.Supports, this::current);
    }

    public List<StepRule> rules() {
        return jpa.txExpr(TransactionType.Supports, this::rules);
    }

    public List<Setting> settingList() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT s FROM SettingEntity s ORDER BY s.key",
                SettingEntity.class).getResultList().stream().map(s -> new Setting(s.key, s.value, s.version)).toList());
    }

    private List<StepRule> rules(EntityManager em) {
        return em.createQuery("SELECT r FROM StepRuleEntity r ORDER BY r.position", StepRuleEntity.class).getResultList()
                .stream().map(StepRules::toRecord).toList();
    }

    private static Map<String, Integer> settings(EntityManager em) {
        Map<String, Integer> values = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM SettingEntity s", SettingEntity.class).getResultList().forEach(s -> values.put(s.key, s.value));
        return values;
    }

    public StepRule update(StepCode code, long version, StepRuleDraft draft) {
        if (draft == null) {
            throw MembershipText.TEXT.invalid("body", "body.required", "{after, minDays, maxDays, enabled}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        boolean enabled = draft.enabled() == null || draft.enabled();
        if (!enabled && (code.stage() != null || code == StepCode.APPLICATION)) {
            errors.add("enabled", MembershipText.TEXT.message("rule.stageStep", code));
        }
        if (draft.minDays() != null && (draft.minDays() < 0 || draft.minDays() > 3650)) {
            errors.add("minDays", MembershipText.TEXT.message("rule.days"));
        }
        if (draft.maxDays() != null && (draft.maxDays() < 0 || draft.maxDays() > 3650
                || draft.minDays() != null && draft.maxDays() < draft.minDays())) {
            errors.add("maxDays", MembershipText.TEXT.message("rule.days"));
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            StepRuleEntity r = em.find(StepRuleEntity.class, code);
            if (r == null) {
                throw new NotFoundException(MembershipText.TEXT.message("rule.notFound", code));
            }
            if (draft.after() != null) {
                StepRuleEntity after = em.find(StepRuleEntity.class, draft.after());
                if (after == null || after.position >= r.position) {
                    errors.add("after", MembershipText.TEXT.message("rule.after", code));
                }
            } else if (r.after != null && code != StepCode.APPLICATION) {
                errors.add("after", MembershipText.TEXT.message("field.required"));
            }
            if (!errors.isEmpty()) {
                throw errors.build();
            }
            if (r.version != version) {
                throw MembershipText.TEXT.stale(TYPE, code, version, r.version);
            }
            String before = r.after + "/" + r.minDays + "/" + r.maxDays + "/" + r.enabled;
            r.after = draft.after();
            r.minDays = draft.minDays();
            r.maxDays = draft.maxDays();
            r.enabled = enabled ? 1 : 0;
            r.updatedAt = UtcTimes.now();
            r.updatedBy = actor;
            em.flush();
            audit.record("UPDATE", TYPE, null, code.name(), List.of(new FieldChange("rule", before,
                    r.after + "/" + r.minDays + "/" + r.maxDays + "/" + r.enabled)));
            return toRecord(r);
        });
    }

    public Setting updateSetting(String key, long version, Integer value) {
        if (value == null || value < 0 || value > 1000) {
            throw MembershipText.TEXT.invalid("value", "setting.value");
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            SettingEntity s = em.find(SettingEntity.class, key);
            if (s == null) {
                throw new NotFoundException(MembershipText.TEXT.message("setting.notFound", key));
            }
            if (s.version != version) {
                throw MembershipText.TEXT.stale("membership.setting", key, version, s.version);
            }
            int before = s.value;
            s.value = value;
            s.updatedAt = UtcTimes.now();
            s.updatedBy = actor;
            em.flush();
            audit.record("UPDATE", TYPE, null, key, List.of(new FieldChange(key, String.valueOf(before), String.valueOf(value))));
            return new Setting(s.key, s.value, s.version);
        });
    }

    static StepRule toRecord(StepRuleEntity r) {
        return new StepRule(r.code, r.position, r.kind, r.after, r.minDays, r.maxDays, r.enabled == 1, r.version);
    }
}
