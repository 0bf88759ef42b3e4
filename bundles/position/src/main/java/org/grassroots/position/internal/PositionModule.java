package org.grassroots.position.internal;

import static org.grassroots.core.api.security.Role.AUDITOR;
import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
import static org.grassroots.core.api.security.Role.MEMBER;
import static org.grassroots.core.api.security.Role.SECRETARY;
import static org.grassroots.core.api.security.Role.UNIT_ADMIN;

import java.util.List;

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

/** The descriptor of action 3, 党群服务阵地迭代升级 (one of the two safeguards). */
@Component(service = ActionModule.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + PositionModule.ID)
public class PositionModule implements ActionModule {
    public static final String ID = "position";
    /** Target of the {@code ModuleSchema} core registers once the module's tables are current (see bnd.bnd). */
    public static final String SCHEMA = "(grassroots.schema=org.grassroots.position)";
    public static final String UNIT = "(osgi.unit.name=grassroots-position)";

    /** Read positions, standards, assessments, rectifications, upgrades and figures in scope. */
    public static final String READ = "position.read";
    /** Record and change positions, rectifications, upgrade projects and their progress (street, park and unit staff). */
    public static final String MANAGE = "position.manage";
    /** Assess positions against a standard and accept upgrades as the level above. */
    public static final String ASSESS = "position.assess";
    /** Issue standards and their new versions (district-wide). */
    public static final String STANDARDS = "position.standards";
    /** Export to the city-level grassroots data system and record its acknowledgements. */
    public static final String SYNC = "position.sync";

    /** Sign up for events and sign in with their code (a member on the phone). */
    public static final String ATTEND = "position.attend";

    static final String POSITIONS = "position.positions";
    static final String STATUS = "position.status";
    static final String FEATURED = "position.featured";
    static final String RECORDED = "position.recorded";
    static final String MEAN_SCORE = "position.meanScore";
    static final String GRADES = "position.grades";
    static final String RECTIFICATIONS_OPEN = "position.rectifications.open";
    static final String RECTIFICATIONS_OVERDUE = "position.rectifications.overdue";
    static final String UPGRADES_ACCEPTED = "position.upgrades.accepted";
    static final String VISITS = "position.visits";
    static final String EVENTS = "position.events";
    static final String SIGN_INS = "position.events.signIns";
    static final String BOOKINGS = "position.bookings";
    static final String CATALOGUE = "position.catalogue";

    private final ModuleDescriptor descriptor;

    @Activate
    public PositionModule(BundleContext context) {
        descriptor = describe(context.getBundle().getVersion().toString());
    }

    static ModuleDescriptor describe(String version) {
        return new ModuleDescriptor(ID, LocalizedText.of("党群服务阵地", "Party-mass service positions"), version,
                LocalizedText.of("区—街道（园区）—村居（社区、企业）—网格（小区）矩阵式党群服务阵地：阵地台账、线上线下“双阵地”、"
                                + "分版本的建设标准与年度评估、整改事项、迭代升级项目与验收、特色综合阵地、向全市基层数据管理系统报送。",
                        "Party-mass service positions on the matrix district, street/park, village/community/enterprise and "
                                + "grid: the registry with the online counterpart, versioned standards and yearly assessments, "
                                + "rectification items, upgrade projects accepted by the level above, featured positions, and "
                                + "the export to the city-level grassroots data system."),
                ModuleCategory.SAFEGUARD,
                List.of(permission(READ, "查看党群服务阵地", "Read positions", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR),
                        permission(MANAGE, "登记阵地、整改和升级项目", "Record positions, rectifications and upgrades",
                                DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(ASSESS, "评估阵地、验收升级项目", "Assess positions and accept upgrades", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(STANDARDS, "发布阵地建设标准", "Issue position standards", DISTRICT_ADMIN),
                        permission(SYNC, "报送全市基层数据管理系统", "Export to the city system", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(ATTEND, "本人报名和签到阵地活动", "Sign up and sign in for events oneself", MEMBER, SECRETARY,
                                UNIT_ADMIN, DISTRICT_ADMIN)),
                new UiEntry("/ui/position/index.js", "home", 30),
                List.of(new StatisticDefinition(POSITIONS, LocalizedText.of("党群服务阵地", "Positions"), "count",
                                EnumLabels.of(PositionLevel.class)),
                        new StatisticDefinition(STATUS, LocalizedText.of("阵地状态", "Positions by status"), "count",
                                EnumLabels.of(PositionStatus.class)),
                        new StatisticDefinition(FEATURED, LocalizedText.of("特色综合阵地", "Featured positions"), "count"),
                        new StatisticDefinition(RECORDED, LocalizedText.of("录入全市基层数据管理系统", "Recorded in the city system"),
                                "count"),
                        new StatisticDefinition(MEAN_SCORE, LocalizedText.of("阵地评估平均分", "Mean assessment score"), "points"),
                        new StatisticDefinition(GRADES, LocalizedText.of("阵地评估等次", "Assessments by grade"), "count",
                                EnumLabels.of(Grade.class)),
                        new StatisticDefinition(RECTIFICATIONS_OPEN, LocalizedText.of("未完成整改事项", "Open rectifications"), "count"),
                        new StatisticDefinition(RECTIFICATIONS_OVERDUE, LocalizedText.of("逾期整改事项", "Overdue rectifications"), "count"),
                        new StatisticDefinition(UPGRADES_ACCEPTED, LocalizedText.of("验收通过的升级项目", "Upgrades accepted"), "count"),
                        new StatisticDefinition(VISITS, LocalizedText.of("阵地到访人次", "Visits to positions"), "count",
                                EnumLabels.of(ServiceType.class)),
                        new StatisticDefinition(EVENTS, LocalizedText.of("阵地活动", "Events at positions"), "count",
                                EnumLabels.of(ServiceType.class)),
                        new StatisticDefinition(SIGN_INS, LocalizedText.of("活动签到人次", "Event sign-ins"), "count"),
                        new StatisticDefinition(BOOKINGS, LocalizedText.of("功能室预约", "Room bookings"), "count"),
                        new StatisticDefinition(CATALOGUE, LocalizedText.of("阵地服务事项", "Services offered"), "count")),
                List.of(EnumLabels.set(ID, PositionLevel.class), EnumLabels.set(ID, PositionStatus.class),
                        EnumLabels.set(ID, PositionFunction.class), EnumLabels.set(ID, StandardCategory.class),
                        EnumLabels.set(ID, Grade.class), EnumLabels.set(ID, RectificationStatus.class),
                        EnumLabels.set(ID, UpgradeStatus.class), EnumLabels.set(ID, UpgradeAction.class),
                        EnumLabels.set(ID, ServiceType.class), EnumLabels.set(ID, BookingStatus.class),
                        EnumLabels.set(ID, EventPhase.class)));
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, Role... roles) {
        return PermissionDefinition.of(id, LocalizedText.of(zhCN, en), roles);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
