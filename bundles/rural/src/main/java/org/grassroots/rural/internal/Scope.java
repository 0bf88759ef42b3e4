package org.grassroots.rural.internal;

import java.util.Map;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.security.Authorization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What the current caller may see of the module, decided by core: a record belongs to its village, and a village
 * outside the caller's subtree is answered 404 ({@link Authorization#requireInScope}); the module must be enabled
 * for the village or unit a request concerns (403 otherwise). Lists pass the village ids under a unit in the
 * caller's subtree into their queries (see {@link #villagesUnder}). Per-unit enablement is checked whenever core
 * provides {@link ModuleEnablement}; the reference is optional so the module also runs on a core without it.
 */
@Component(service = Scope.class)
public class Scope {
    private final Villages villages;
    private final Authorization authorization;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleEnablement enablement;

    @Activate
    public Scope(@Reference Villages villages, @Reference Authorization authorization) {
        this.villages = villages;
        this.authorization = authorization;
    }

    /**
     * The villages under {@code unit} (required), after checking that the unit is in the caller's subtree (404) and
     * that the module is enabled for it (403). Core's subtree query is itself bounded by the caller's scope.
     */
    public Map<Long, Organization> villagesUnder(Long unit) {
        if (unit == null) {
            throw new ValidationException(FieldError.of("unit", "required: the id of the unit (district, street, village) whose data is listed"));
        }
        authorization.requireInScope(unit, "organization", unit);
        requireEnabled(unit);
        return villages.under(unit);
    }

    /**
     * For a record of village {@code villageId}: 404 naming the record ({@code entityType} {@code entityId}) when the
     * village is outside the caller's subtree, 403 when the module is not enabled there.
     */
    public void requireRecord(long villageId, String entityType, Object entityId) {
        authorization.requireInScope(villageId, entityType, entityId);
        requireEnabled(villageId);
    }

    /** For a village named in the path ({@code /villages/{id}/…}): a village in the caller's subtree, enabled. */
    public Organization requireVillage(long villageId) {
        authorization.requireInScope(villageId, "village", villageId);
        Organization village = villages.requireVillage(villageId, "village");
        requireEnabled(villageId);
        return village;
    }

    /**
     * For a village named in a request body: 403 when the module is not enabled there. Whether it is a village the
     * caller sees at all is the service's validation (422 on the field, reported with every other field's error),
     * since core answers only units in the caller's subtree.
     */
    public void requireVillageField(Long villageId) {
        if (villageId != null && villages.isVillage(villageId)) {
            requireEnabled(villageId);
        }
    }

    public void requireEnabled(long unit) {
        ModuleEnablement current = enablement;
        if (current != null) {
            current.requireEnabled(RuralModule.ID, unit);
        }
    }

    /** Who a change is attributed to (stored with every workflow step): the signed-in caller. */
    public String actor() {
        return authorization.current().username();
    }

    /** The caller's subtree as a materialized-path prefix, {@code null} for the whole platform. */
    public String scopePath() {
        return authorization.scopePath();
    }

    /** The caller's scope unit, {@code null} for the whole platform. */
    public Long scopeUnit() {
        return authorization.current().unrestricted() ? null : authorization.current().organizationId();
    }

    public boolean inScope(long unit) {
        return authorization.inScope(unit);
    }
}
