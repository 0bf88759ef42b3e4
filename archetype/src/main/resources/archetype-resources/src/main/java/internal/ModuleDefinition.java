package ${package}.internal;

import java.util.List;

import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.module.StatisticDefinition;
import org.grassroots.core.api.module.UiEntry;
import org.grassroots.core.api.security.Role;
import org.grassroots.rest.RestProperties;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The module's descriptor: registering it is how the module announces itself to the platform (module registry,
 * console navigation, dashboard). It goes away with the bundle, and the platform forgets the module.
 */
@Component(service = ActionModule.class, property = RestProperties.MODULE + "=" + ModuleDefinition.ID)
public class ModuleDefinition implements ActionModule {
    /** Feature grassroots-${moduleId}, REST /api/${moduleId}/, console /ui/${moduleId}/, tables ${moduleId.toUpperCase()}_*. */
    public static final String ID = "${moduleId}";
    /** Target of the ModuleSchema core registers once the module's tables are current (bnd.bnd: Grassroots-Migrations). */
    public static final String SCHEMA = "(grassroots.schema=${package})";
    static final String ACTIVITIES_STATISTIC = ID + ".activities";
    static final String READ_PERMISSION = ID + ".activity.read";
    static final String WRITE_PERMISSION = ID + ".activity.write";

    private final ModuleDescriptor descriptor;

    @Activate
    public ModuleDefinition(BundleContext context) {
        descriptor = new ModuleDescriptor(ID, LocalizedText.of("${moduleNameZh}", "${moduleNameEn}"),
                context.getBundle().getVersion().toString(),
                LocalizedText.of("记录各单位开展的活动。", "Records the activities units hold."),
                ModuleCategory.OTHER,
                // granted to platform roles (org.grassroots.core.api.security.Role): a role that does not exist
                // does not compile
                List.of(PermissionDefinition.of(READ_PERMISSION, LocalizedText.of("查看活动", "Read activities"),
                                Role.DISTRICT_ADMIN, Role.UNIT_ADMIN, Role.SECRETARY, Role.AUDITOR),
                        PermissionDefinition.of(WRITE_PERMISSION, LocalizedText.of("登记活动", "Record activities"),
                                Role.DISTRICT_ADMIN, Role.UNIT_ADMIN, Role.SECRETARY)),
                new UiEntry("/ui/" + ID + "/index.js", "calendar", 900),
                List.of(new StatisticDefinition(ACTIVITIES_STATISTIC, LocalizedText.of("活动次数", "Activities held"), "count")));
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
