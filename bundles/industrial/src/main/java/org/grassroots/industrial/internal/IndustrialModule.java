package org.grassroots.industrial.internal;

import java.util.List;
import java.util.Set;

import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.module.StatisticDefinition;
import org.grassroots.core.api.module.UiEntry;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The industrial community's descriptor (工业社区, action 7 "新兴领域赋能提质", a fortress). */
@Component(service = ActionModule.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + IndustrialModule.ID)
public class IndustrialModule implements ActionModule {
    public static final String ID = "industrial";
    static final String REQUESTS_STATISTIC = "industrial.requests";

    private final ModuleDescriptor descriptor;

    @Activate
    public IndustrialModule(BundleContext context) {
        descriptor = new ModuleDescriptor(ID, LocalizedText.of("工业社区", "Industrial community"),
                context.getBundle().getVersion().toString(),
                LocalizedText.of("园区工业社区：党组织统领、社区化服务、网格化治理；企业诉求的受理与办理。",
                        "Industrial communities in parks: Party-led, community-style services and grid governance; "
                                + "enterprises' service requests from submission to resolution."),
                ModuleCategory.FORTRESS,
                List.of(new PermissionDefinition("industrial.request.read", LocalizedText.of("查看企业诉求", "Read service requests"),
                                Set.of("DISTRICT_ADMIN", "UNIT_ADMIN", "SECRETARY")),
                        new PermissionDefinition("industrial.request.write", LocalizedText.of("登记企业诉求", "Submit service requests"),
                                Set.of("DISTRICT_ADMIN", "UNIT_ADMIN"))),
                new UiEntry("/ui/industrial/index.js", "factory", 70),
                List.of(new StatisticDefinition(REQUESTS_STATISTIC, LocalizedText.of("企业诉求", "Service requests"), "count")));
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
