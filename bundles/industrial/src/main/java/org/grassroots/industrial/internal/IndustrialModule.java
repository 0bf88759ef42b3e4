package org.grassroots.industrial.internal;

import java.util.List;
import java.util.Map;

import static org.grassroots.core.api.security.Role.AUDITOR;
import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
import static org.grassroots.core.api.security.Role.SECRETARY;
import static org.grassroots.core.api.security.Role.UNIT_ADMIN;

import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.EnumLabels;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.module.StatisticDefinition;
import org.grassroots.core.api.module.UiEntry;
import org.grassroots.core.api.security.Role;
import org.grassroots.industrial.RequestAction;
import org.grassroots.industrial.RequestStatus;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The industrial community's descriptor (工业社区, action 7 "新兴领域赋能提质", a fortress). */
@Component(service = ActionModule.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + IndustrialModule.ID)
public class IndustrialModule implements ActionModule {
    public static final String ID = "industrial";
    /** Target of the {@code ModuleSchema} core registers once the module's tables are current (see bnd.bnd). */
    public static final String SCHEMA = "(grassroots.schema=org.grassroots.industrial)";

    /** Read everything of the module in scope: communities, grids, coverage, requests, activities, figures. */
    public static final String READ = "industrial.read";
    /** Submit requests, add attachments, rate or reopen a resolved request (grid workers, enterprise contacts). */
    public static final String REQUEST_WRITE = "industrial.request.write";
    /** Assign, start and resolve requests (the park's service centre). */
    public static final String REQUEST_HANDLE = "industrial.request.handle";
    /** Set up communities, grids, grid workers, enterprise coverage, the service catalog and activities. */
    public static final String ADMIN = "industrial.admin";
    /** Edit request categories and their deadlines, run the overdue check by hand (district-wide settings). */
    public static final String SETTINGS = "industrial.settings";

    static final String REQUESTS = "industrial.requests";
    static final String REQUESTS_BY_CATEGORY = "industrial.requests.category";
    static final String COVERED = "industrial.enterprises.covered";
    static final String COVERAGE = "industrial.enterprises.coverage";
    static final String MEDIAN_DAYS = "industrial.requests.medianDays";
    static final String ON_TIME = "industrial.requests.onTime";
    static final String SATISFACTION = "industrial.requests.satisfaction";
    static final String PER_GRID = "industrial.requests.grid";

    private final ModuleDescriptor descriptor;

    @Activate
    public IndustrialModule(BundleContext context) {
        descriptor = describe(context.getBundle().getVersion().toString());
    }

    /** The descriptor of the module in the given version (also what the unit tests check). */
    static ModuleDescriptor describe(String version) {
        return new ModuleDescriptor(ID, LocalizedText.of("工业社区", "Industrial community"),
                version,
                LocalizedText.of("园区工业社区：党组织统领、社区化服务、网格化治理。网格与网格员、企业党组织覆盖、服务清单，"
                                + "企业诉求从提交、分派、办理、办结到评价的全流程及超期督办，社区活动与培训。",
                        "Industrial communities in parks: Party-led, community-style services and grid governance. Grids and "
                                + "grid workers, Party-organization coverage of enterprises, the service catalog, enterprises' "
                                + "service requests from submission through assignment and handling to resolution and rating, "
                                + "with deadlines and escalation; community events and trainings."),
                ModuleCategory.FORTRESS,
                List.of(permission(READ, "查看工业社区", "Read the industrial community", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR),
                        permission(REQUEST_WRITE, "登记、评价企业诉求", "Submit and rate service requests", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(REQUEST_HANDLE, "分派、办理企业诉求", "Assign and handle service requests", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(ADMIN, "管理网格、企业覆盖、服务清单和活动", "Manage grids, coverage, catalog and activities", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(SETTINGS, "设置诉求类别与办理时限", "Set request categories and deadlines", DISTRICT_ADMIN)),
                new UiEntry("/ui/industrial/index.js", "factory", 70),
                List.of(new StatisticDefinition(REQUESTS, LocalizedText.of("企业诉求", "Service requests"), "count",
                                EnumLabels.of(RequestStatus.class)),
                        new StatisticDefinition(REQUESTS_BY_CATEGORY, LocalizedText.of("诉求类别", "Requests by category"), "count"),
                        new StatisticDefinition(COVERED, LocalizedText.of("党组织覆盖企业", "Enterprises covered by a Party organization"), "count",
                                EnumLabels.of(Coverage.class)),
                        new StatisticDefinition(COVERAGE, LocalizedText.of("党组织覆盖率", "Party-organization coverage"), "percent",
                                Map.of("enterprises", LocalizedText.of("企业数", "Enterprises"))),
                        new StatisticDefinition(MEDIAN_DAYS, LocalizedText.of("办结时长中位数", "Median resolution time"), "days"),
                        new StatisticDefinition(ON_TIME, LocalizedText.of("按时办结率", "Resolved on time"), "percent"),
                        new StatisticDefinition(SATISFACTION, LocalizedText.of("企业满意度", "Average satisfaction"), "score"),
                        new StatisticDefinition(PER_GRID, LocalizedText.of("各网格诉求", "Requests per grid"), "count")),
                // the codes the module's pages show, served to them by GET /api/core/labels
                List.of(EnumLabels.set(ID, RequestStatus.class), EnumLabels.set(ID, RequestAction.class),
                        EnumLabels.set(ID, Coverage.class), EnumLabels.set(ID, WorkerRole.class),
                        EnumLabels.set(ID, ActivityKind.class)));
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, Role... roles) {
        return PermissionDefinition.of(id, LocalizedText.of(zhCN, en), roles);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
