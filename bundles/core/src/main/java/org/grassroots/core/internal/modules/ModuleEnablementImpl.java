package org.grassroots.core.internal.modules;

import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.CoreMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.EnablementSetting;
import org.grassroots.core.api.module.ModuleDisabledException;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleIds;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.persistence.ModuleEnablementEntity;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Per-unit enablement, stored in {@code CORE_MODULE_ENABLEMENT}. The effective setting of a unit is the explicit
 * setting nearest to it on its path to the root (the unit itself first); without any, the module is disabled.
 * Because the path is materialized, this is one indexed lookup per question, whatever the depth.
 */
@Component(service = { ModuleEnablement.class, ModuleEnablementImpl.class })
public class ModuleEnablementImpl implements ModuleEnablement {
    static final String TYPE = "module-enablement";
    private static final Pattern SETTING_KEY = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final JpaTemplate jpa;
    private final DataGenerationsImpl generations;

    @Activate
    public ModuleEnablementImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                                @Reference CoreSchema schema, @Reference DataGenerationsImpl generations) {
        this.jpa = jpa;
        this.generations = generations;
    }

    @Override
    public boolean isEnabled(String moduleId, long organizationId) {
        return effective(moduleId, organizationId).enabled();
    }

    @Override
    public void requireEnabled(String moduleId, long organizationId) {
        if (!isEnabled(moduleId, organizationId)) {
            throw new ModuleDisabledException(moduleId, organizationId);
        }
    }

    @Override
    public Map<String, String> settings(String moduleId, long organizationId) {
        return effective(moduleId, organizationId).settings();
    }

    /** The effective setting of a module for a unit and where it comes from. */
    public EnablementSetting effective(String moduleId, long organizationId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Long> ancestry = ancestry(em, organizationId);
            return nearest(settingsOnPath(em, ancestry, moduleId), ancestry)
                    .map(e -> new EnablementSetting(moduleId, organizationId, e.isEnabled(), e.getOrganizationId(),
                            e.getSettings()))
                    .orElse(new EnablementSetting(moduleId, organizationId, false, null, Map.of()));
        });
    }

    /** The ids of the modules enabled for a unit, out of {@code candidates}. */
    public List<String> enabledAmong(List<String> candidates, long organizationId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Long> ancestry = ancestry(em, organizationId);
            Map<String, List<ModuleEnablementEntity>> byModule = new HashMap<>();
            for (ModuleEnablementEntity e : settingsOnPath(em, ancestry, null)) {
                byModule.computeIfAbsent(e.getModuleId(), m -> new ArrayList<>()).add(e);
            }
            return candidates.stream()
                    .filter(m -> nearest(byModule.getOrDefault(m, List.of()), ancestry)
                            .map(ModuleEnablementEntity::isEnabled).orElse(false))
                    .toList();
        });
    }

    /** Sets (or replaces) the explicit setting of a unit; it then applies to the unit's subtree. */
    public EnablementSetting set(String moduleId, long organizationId, boolean enabled, Map<String, String> settings) {
        validate(moduleId, settings);
        jpa.tx(TransactionType.Required, em -> {
            ancestry(em, organizationId);
            ModuleEnablementEntity entity = explicit(em, moduleId, organizationId).orElseGet(() -> {
                ModuleEnablementEntity created = new ModuleEnablementEntity(moduleId, organizationId);
                em.persist(created);
                return created;
            });
            entity.apply(enabled, settings == null ? Map.of() : settings);
            generations.audit(em, enabled ? "ENABLE" : "DISABLE", TYPE, organizationId,
                    moduleId + (settings == null || settings.isEmpty() ? "" : " " + settings));
            em.flush();
        });
        return effective(moduleId, organizationId);
    }

    @Override
    public boolean enableUnlessDecided(String moduleId, long organizationId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Long> ancestry = ancestry(em, organizationId);
            if (nearest(settingsOnPath(em, ancestry, moduleId), ancestry).isPresent()) {
                return false;
            }
            set(moduleId, organizationId, true, Map.of());
            return true;
        });
    }

    /** Removes the explicit setting of a unit, which then inherits again; false when it had none. */
    public boolean clear(String moduleId, long organizationId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ancestry(em, organizationId);
            Optional<ModuleEnablementEntity> entity = explicit(em, moduleId, organizationId);
            entity.ifPresent(e -> {
                em.remove(e);
                generations.audit(em, "INHERIT", TYPE, organizationId, moduleId);
            });
            return entity.isPresent();
        });
    }

    /**
     * Removes every explicit setting of a module (for a module that is gone for good); one audit line names how
     * many units had one.
     */
    public int removeAll(String moduleId) {
        validate(moduleId, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            int removed = em.createQuery("DELETE FROM ModuleEnablementEntity e WHERE e.moduleId = :m")
                    .setParameter("m", moduleId).executeUpdate();
            if (removed > 0) {
                generations.audit(em, "CLEANUP", TYPE, null, moduleId + ": " + removed + " unit setting(s) removed");
            }
            return removed;
        });
    }

    private static void validate(String moduleId, Map<String, String> settings) {
        ValidationException.Builder errors = ValidationException.builder();
        if (!ModuleIds.isValid(moduleId)) {
            errors.add("moduleId", Message.plain(ModuleIds.problem(moduleId)));
        }
        if (settings != null) {
            settings.forEach((key, value) -> {
                if (key == null || !SETTING_KEY.matcher(key).matches()) {
                    errors.add("settings", ModuleMessages.message("settings.name.invalid", key));
                } else if (value != null && value.length() > 2000) {
                    errors.add("settings." + key, ModuleMessages.message("tooLong", 2000));
                }
            });
        }
        errors.throwIfAny();
    }

    private static Optional<ModuleEnablementEntity> explicit(EntityManager em, String moduleId, long organizationId) {
        return em.createQuery("SELECT e FROM ModuleEnablementEntity e WHERE e.moduleId = :m AND e.organizationId = :o",
                        ModuleEnablementEntity.class)
                .setParameter("m", moduleId).setParameter("o", organizationId)
                .getResultList().stream().findFirst();
    }

    /** The unit's ancestors and itself, root first, from its materialized path. */
    private static List<Long> ancestry(EntityManager em, long organizationId) {
        OrganizationEntity unit = em.find(OrganizationEntity.class, organizationId);
        if (unit == null) {
            throw CoreMessages.notFound("organization", organizationId);
        }
        List<Long> ids = new ArrayList<>();
        for (String part : unit.getPath().split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    private static List<ModuleEnablementEntity> settingsOnPath(EntityManager em, List<Long> ancestry, String moduleId) {
        if (moduleId == null) {
            return em.createQuery("SELECT e FROM ModuleEnablementEntity e WHERE e.organizationId IN :ids",
                    ModuleEnablementEntity.class).setParameter("ids", ancestry).getResultList();
        }
        return em.createQuery("SELECT e FROM ModuleEnablementEntity e WHERE e.organizationId IN :ids AND e.moduleId = :m",
                ModuleEnablementEntity.class).setParameter("ids", ancestry).setParameter("m", moduleId).getResultList();
    }

    private static Optional<ModuleEnablementEntity> nearest(List<ModuleEnablementEntity> onPath, List<Long> ancestry) {
        return onPath.stream().max(Comparator.comparingInt(e -> ancestry.indexOf(e.getOrganizationId())));
    }
}
