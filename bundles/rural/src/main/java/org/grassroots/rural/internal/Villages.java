package org.grassroots.rural.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The villages the module works on, asked from core by id (rule 1): which villages lie under a unit (with the
 * platform's scope and enablement checks of {@link ModuleScope}), their names, and whether an id is a village.
 */
@Component(service = Villages.class)
public class Villages {
    private final OrganizationService organizations;
    private final ModuleScope scope;

    @Activate
    public Villages(@Reference OrganizationService organizations, @Reference ModuleScopes scopes) {
        this.organizations = organizations;
        this.scope = scopes.of(RuralModule.ID);
    }

    /**
     * The villages under {@code unit} (required; 422 naming {@code unit}), after the platform's checks: the unit in
     * the caller's subtree (404) and the module enabled for it (403).
     */
    public VillageSet enabledUnder(Long unit) {
        if (unit == null) {
            throw RuralMessages.TEXT.invalid("unit", "unit.required");
        }
        return under(scope.enabledUnit(unit, "unit").id());
    }

    /** A village named in the path ({@code /villages/{id}/…}): in the caller's subtree (404), enabled (403). */
    public Organization enabledVillage(long villageId) {
        if (!scope.inScope(villageId)) {
            throw RuralMessages.TEXT.notFound("village", villageId);
        }
        Organization village = requireVillage(villageId, "village");
        scope.requireEnabled(villageId);
        return village;
    }

    /**
     * A village named in a request body: 403 when the module is not enabled there. Whether it is a village the caller
     * sees at all is the service's validation (422 on the field, with every other field's error).
     */
    public void requireEnabledIfVillage(Long villageId) {
        if (villageId != null && isVillage(villageId)) {
            scope.requireEnabled(villageId);
        }
    }

    /**
     * For a record of village {@code villageId} that a call names by id: 404 naming the record unless the village is
     * in the caller's subtree, 403 unless the module is enabled there.
     */
    public void requireRecord(long villageId, String entityType, Object id) {
        RuralMessages.TEXT.requireRecord(scope, villageId, entityType, id);
    }

    /** Villages in the unit's subtree (the unit itself if it is a village), by id, in tree order, with its path. */
    public VillageSet under(long unitId) {
        Organization unit = organizations.find(unitId).orElseThrow(() -> RuralMessages.TEXT.notFound("unit", unitId));
        // asks for villages only: loading the whole subtree (2,000+ units for the district) to keep 147 of them
        // made every dashboard call read the organization table and convoy on Derby's page latches under load
        OrganizationQuery villagesBelow = new OrganizationQuery(null, unitId, UnitType.VILLAGE, null, null, null);
        Map<Long, Organization> villages = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            Page<Organization> batch = organizations.search(villagesBelow, new PageRequest(page, PageRequest.MAX_SIZE, "path"));
            batch.items().forEach(village -> villages.put(village.id(), village));
            if (batch.items().size() < PageRequest.MAX_SIZE) {
                return new VillageSet(unit.path(), villages);
            }
        }
    }

    /** @throws NotFoundException when there is no such unit */
    public Organization unit(long unitId) {
        return organizations.find(unitId).orElseThrow(() -> RuralMessages.TEXT.notFound("unit", unitId));
    }

    /** The village with this id, or a 422 naming {@code field}. */
    public Organization requireVillage(Long villageId, String field) {
        if (villageId == null) {
            throw RuralMessages.TEXT.invalid(field, "village.required");
        }
        Optional<Organization> unit = organizations.find(villageId);
        if (unit.isEmpty()) {
            throw RuralMessages.TEXT.invalid(field, "unit.noSuch", villageId);
        }
        if (unit.get().unitType() != UnitType.VILLAGE) {
            throw RuralMessages.TEXT.invalid(field, "village.notVillage", unit.get().name(), unit.get().unitType());
        }
        return unit.get();
    }

    /** Whether the id is a village the caller sees. */
    public boolean isVillage(long villageId) {
        return organizations.find(villageId).filter(unit -> unit.unitType() == UnitType.VILLAGE).isPresent();
    }

    public Organization byCode(String code) {
        Organization unit = organizations.findByCode(code).orElseThrow(() -> RuralMessages.TEXT.notFound("village", code));
        if (unit.unitType() != UnitType.VILLAGE) {
            throw RuralMessages.TEXT.invalid("village", "village.notVillage", unit.name(), unit.unitType());
        }
        return unit;
    }

    /** A unit the caller sees, by code. */
    public Optional<Organization> unitByCode(String code) {
        return organizations.findByCode(code);
    }

    /** A unit's code, or null when the caller does not see it. */
    public String code(long unitId) {
        return organizations.find(unitId).map(Organization::code).orElse(null);
    }

    /** The village's materialized path, stored with each of its rows (whatever the caller's scope). */
    public String path(long villageId) {
        return scope.path(villageId);
    }

    public String name(long villageId) {
        return organizations.find(villageId).map(Organization::name).orElse("#" + villageId);
    }

    /** The districts' roots, for the statistics of the whole tree. */
    public List<Organization> roots() {
        return organizations.roots();
    }
}
