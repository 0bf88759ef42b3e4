package org.grassroots.buildings.internal;

import java.util.List;
import java.util.Map;

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
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import static org.grassroots.core.api.security.Role.AUDITOR;
import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
import static org.grassroots.core.api.security.Role.SECRETARY;
import static org.grassroots.core.api.security.Role.UNIT_ADMIN;

/** 楼宇党建 (action 7, emerging sectors, the building part): the module's descriptor. */
@Component(service = ActionModule.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + BuildingsModule.ID)
public class BuildingsModule implements ActionModule {
    public static final String ID = "buildings";
    /** Target of the {@code ModuleSchema} core registers once the module's tables are current (see bnd.bnd). */
    public static final String SCHEMA = "(grassroots.schema=org.grassroots.buildings)";
    public static final String UNIT = "(osgi.unit.name=grassroots-buildings)";
    static final String MODULE_PROPERTY = ModuleRegistry.MODULE_PROPERTY;

    public static final String READ = "buildings.read";
    public static final String MANAGE = "buildings.manage";
    public static final String COMMITTEE = "buildings.committee";
    public static final String DESIGNATE = "buildings.designate";

    public static final String BELT = "buildings.belt";
    public static final String COVERAGE = "buildings.coverage";
    public static final String DEMONSTRATION = "buildings.demonstration";
    public static final String DECISIONS = "buildings.decisions";
    public static final String DISTRICTS = "buildings.districts";
    public static final String MANAGEMENT = "buildings.management";

    /** The labels of the coverage figure's breakdown (the dashboard and the work record show them). */
    static final Map<String, LocalizedText> COVERAGE_LABELS = Map.of("enterprises", LocalizedText.of("在驻企业", "Enterprises in buildings"),
            Coverage.OWN_ORGANIZATION.name(), Coverage.OWN_ORGANIZATION.labels(),
            Coverage.JOINT_BRANCH.name(), Coverage.JOINT_BRANCH.labels(),
            Coverage.NONE.name(), Coverage.NONE.labels(),
            "shouldForm", LocalizedText.of("应建未建", "Should form an organization"),
            "instructorOnly", LocalizedText.of("仅选派党建指导员", "Covered by an instructor only"));

    /** The labels of the decisions figure's breakdown. */
    static final Map<String, LocalizedText> DECISION_LABELS = Map.of("committees", LocalizedText.of("楼委会", "Building committees"),
            "meetings", LocalizedText.of("楼委会会议", "Committee meetings"),
            "due", LocalizedText.of("当年到期决议", "Decisions due in the year"),
            "onTime", LocalizedText.of("按期办结", "Closed on time"),
            "late", LocalizedText.of("逾期办结", "Closed late"),
            "overdue", LocalizedText.of("逾期未办结", "Overdue, still open"));

    /** The labels of the business districts figure's breakdown. */
    static final Map<String, LocalizedText> DISTRICT_LABELS = Map.of("districts", LocalizedText.of("商圈", "Business districts"),
            "buildings", LocalizedText.of("成员楼宇", "Member buildings"),
            "units", LocalizedText.of("其他成员单位", "Other member units"),
            ActivityKind.JOINT_MEETING.name(), ActivityKind.JOINT_MEETING.labels(),
            ActivityKind.JOINT_ACTIVITY.name(), ActivityKind.JOINT_ACTIVITY.labels(),
            "participants", LocalizedText.of("参加人次", "Participants"));

    /** The labels of the 两企三新 management figure's breakdown. */
    static final Map<String, LocalizedText> MANAGEMENT_LABELS = Map.of("organizations", LocalizedText.of("两新组织", "New-sector organizations"),
            ManagerKind.DIRECT.name(), ManagerKind.DIRECT.labels(),
            ManagerKind.COMPREHENSIVE.name(), ManagerKind.COMPREHENSIVE.labels(),
            "unmanaged", LocalizedText.of("无管理党委", "With no managing committee"));

    private final ModuleDescriptor descriptor;

    @Activate
    public BuildingsModule(BundleContext context) {
        descriptor = describe(context.getBundle().getVersion().toString());
    }

    /** The descriptor of the module in the given version (also what the unit tests check). */
    static ModuleDescriptor describe(String version) {
        return new ModuleDescriptor(ID, LocalizedText.of("楼宇党建", "Building Party-building"), version,
                LocalizedText.of("经十路、舜华路“一纵一横”楼宇党建示范带：楼宇与入驻企业、企业党组织覆盖（单建、联建、未覆盖）与应建未建，"
                                + "企业迁入迁出记录，楼委会成员、会议与决议督办，示范楼宇认定、提升任务与年度考核，"
                                + "商圈联建（成员楼宇与单位、联席会议与联建活动），两企三新管理（直属党委、综合党委管理的两新组织及无管理党委的组织），"
                                + "入驻企业表格导入导出。",
                        "The 一纵一横 building Party-building belt along Jingshi and Shunhua roads: buildings and their enterprises, "
                                + "Party coverage of each enterprise (own organization, joint branch, none) and the enterprises that "
                                + "should form one, move-in and move-out history, building committees with members, meetings and "
                                + "decisions followed up to their due dates, demonstration buildings with criteria, upgrade tasks and "
                                + "a yearly assessment, business-district joint mechanisms (member buildings and units, joint meetings "
                                + "and activities), the management of new-sector organizations (which committee manages which, and "
                                + "those with none), and spreadsheet import and export of the enterprises in buildings."),
                ModuleCategory.FORTRESS,
                List.of(permission(READ, "查看楼宇党建", "Read building Party-building data", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR),
                        permission(MANAGE, "维护楼宇与入驻企业", "Maintain buildings and their enterprises", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(COMMITTEE, "维护楼委会、会议与决议", "Run building committees, meetings and decisions",
                                DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(DESIGNATE, "认定与考核示范楼宇", "Designate and assess demonstration buildings", DISTRICT_ADMIN)),
                new UiEntry("/ui/" + ID + "/index.js", "building", 70),
                List.of(new StatisticDefinition(BELT, LocalizedText.of("楼宇数（按示范带）", "Buildings by belt"), "buildings",
                                EnumLabels.of(Belt.class)),
                        new StatisticDefinition(COVERAGE, LocalizedText.of("楼宇企业党组织覆盖率", "Party coverage of enterprises in buildings"),
                                "percent", COVERAGE_LABELS),
                        new StatisticDefinition(DEMONSTRATION, LocalizedText.of("示范楼宇", "Demonstration buildings"), "buildings",
                                EnumLabels.of(Belt.class)),
                        new StatisticDefinition(DECISIONS, LocalizedText.of("楼委会决议按期办结率", "Committee decisions closed on time"),
                                "percent", DECISION_LABELS),
                        new StatisticDefinition(DISTRICTS, LocalizedText.of("商圈联建", "Business districts"), "count", DISTRICT_LABELS),
                        new StatisticDefinition(MANAGEMENT, LocalizedText.of("明确管理党委的两新组织", "New-sector organizations with a managing committee"),
                                "count", MANAGEMENT_LABELS)),
                List.of(EnumLabels.set(ID, Belt.class), EnumLabels.set(ID, Coverage.class), EnumLabels.set(ID, MemberSide.class),
                        EnumLabels.set(ID, CommitteePost.class), EnumLabels.set(ID, DecisionStatus.class),
                        EnumLabels.set(ID, DecisionAction.class), EnumLabels.set(ID, Criterion.class), EnumLabels.set(ID, Grade.class),
                        EnumLabels.set(ID, ActivityKind.class), EnumLabels.set(ID, ManagerKind.class)));
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, Role... roles) {
        return PermissionDefinition.of(id, LocalizedText.of(zhCN, en), roles);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
