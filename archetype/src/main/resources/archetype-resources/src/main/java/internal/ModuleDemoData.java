package ${package}.internal;

import java.time.LocalDate;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.rest.RestProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ${package}.ActivityDraft;

/**
 * The module's part of the demo dataset. Core calls it (demo mode only) after its own demo district is loaded, also
 * when the module is installed later into a running demo platform, once per copy of the demo district (one unless
 * {@code demoCopies} asks for more); it must be idempotent and deterministic, and write the same into every copy: here,
 * the module is enabled for the copy's district unless an operator decided otherwise, and one activity is recorded
 * for it when it has none.
 */
@Component(service = DemoDataContributor.class, property = RestProperties.MODULE + "=" + ModuleDefinition.ID)
public class ModuleDemoData implements DemoDataContributor {
    private final ModuleEnablement enablement;
    private final Activities activities;

    @Activate
    public ModuleDemoData(@Reference ModuleEnablement enablement, @Reference Activities activities) {
        this.enablement = enablement;
        this.activities = activities;
    }

    @Override
    public int contribute(DemoCopy copy) {
        Organization district = copy.district();
        enablement.enableUnlessDecided(ModuleDefinition.ID, district.id());
        if (enablement.isEnabled(ModuleDefinition.ID, district.id()) && activities.count(district.path(), 2024) == 0) {
            activities.create(new ActivityDraft(district.id(), "主题党日：" + district.name(), LocalDate.of(2024, 7, 1), 30));
            return 1;
        }
        return 0;
    }
}
