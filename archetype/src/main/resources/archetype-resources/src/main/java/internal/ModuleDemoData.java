package ${package}.internal;

import java.time.LocalDate;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.rest.RestProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ${package}.ActivityDraft;

/**
 * The module's part of the demo dataset. Core calls it (demo mode only) after its own demo district is loaded, also
 * when the module is installed later into a running demo platform; it must be idempotent and deterministic: here,
 * the module is enabled for each root unit unless an operator decided otherwise, and one activity is recorded per
 * root that has none.
 */
@Component(service = DemoDataContributor.class, property = RestProperties.MODULE + "=" + ModuleDefinition.ID)
public class ModuleDemoData implements DemoDataContributor {
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;
    private final Activities activities;

    @Activate
    public ModuleDemoData(@Reference OrganizationService organizations, @Reference ModuleEnablement enablement,
                          @Reference Activities activities) {
        this.organizations = organizations;
        this.enablement = enablement;
        this.activities = activities;
    }

    @Override
    public int contribute() {
        int added = 0;
        for (Organization root : organizations.roots()) {
            enablement.enableUnlessDecided(ModuleDefinition.ID, root.id());
            if (enablement.isEnabled(ModuleDefinition.ID, root.id())
                    && activities.count(root.path(), 2024) == 0) {
                activities.create(new ActivityDraft(root.id(), "主题党日：" + root.name(), LocalDate.of(2024, 7, 1), 30));
                added++;
            }
        }
        return added;
    }
}
