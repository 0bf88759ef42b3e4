package org.grassroots.rural.internal;

import java.util.Map;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleEnablement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The unit a request concerns: its villages (the caller sees nothing outside that subtree) and whether the module
 * is enabled there. Per-unit enablement is checked whenever core provides {@link ModuleEnablement}; the reference is
 * optional so the module also runs on a core that does not offer it yet.
 */
@Component(service = Scope.class)
public class Scope {
    private final Villages villages;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleEnablement enablement;

    @Activate
    public Scope(@Reference Villages villages) {
        this.villages = villages;
    }

    /** The villages under {@code unit} (required), after checking the module is enabled for it. */
    public Map<Long, Organization> villagesUnder(Long unit) {
        if (unit == null) {
            throw new ValidationException(FieldError.of("unit", "required: the id of the unit (district, street, village) whose data is listed"));
        }
        villages.unit(unit);
        requireEnabled(unit);
        return villages.under(unit);
    }

    public void requireEnabled(long unit) {
        ModuleEnablement current = enablement;
        if (current != null) {
            current.requireEnabled(RuralModule.ID, unit);
        }
    }
}
