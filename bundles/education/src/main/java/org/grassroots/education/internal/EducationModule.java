package org.grassroots.education.internal;

import static org.grassroots.core.api.security.Role.AUDITOR;
import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
import static org.grassroots.core.api.security.Role.MEMBER;
import static org.grassroots.core.api.security.Role.SECRETARY;
import static org.grassroots.core.api.security.Role.UNIT_ADMIN;

import java.util.LinkedHashMap;
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

/** The descriptor of "新"星之火 member education (action 1, the main line 一条主线). */
@Component(service = ActionModule.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + EducationModule.ID)
public class EducationModule implements ActionModule {
    public static final String ID = "education";
    /** Target of the {@code ModuleSchema} core registers once the module's tables are current (see bnd.bnd). */
    public static final String SCHEMA = "(grassroots.schema=org.grassroots.education)";
    public static final String UNIT = "(osgi.unit.name=grassroots-education)";

    /** Read sites, routes, programs, sessions, hours, compliance and figures in scope. */
    public static final String READ = "education.read";
    /** Propose a practice teaching site of one's unit, edit and resubmit it. */
    public static final String SITE_PROPOSE = "education.site.propose";
    /** Approve, reject and retire sites (the district's review, 审核筛选). */
    public static final String SITE_REVIEW = "education.site.review";
    /** Put boutique routes together, reorder, publish and unpublish them. */
    public static final String ROUTE_MANAGE = "education.route.manage";
    /** Plan programs and sessions, record attendance, archive and cancel sessions. */
    public static final String SESSION_MANAGE = "education.session.manage";
    /** Record members' self-study and approve or reject it (the member's secretary). */
    public static final String HOURS_APPROVE = "education.hours.approve";
    /** Set the annual study-hour requirement of one's unit (inherited by the units below). */
    public static final String SETTINGS = "education.settings";
    /** Edit the site categories (district-wide). */
    public static final String CATEGORIES = "education.categories";
    /** Set the study-point rules (district-wide). */
    public static final String POINTS = "education.points";
    /** Prepare, publish and withdraw online courses and their question banks. */
    public static final String COURSE_MANAGE = "education.course.manage";
    /** A member's own hours and self-study reports. */
    public static final String OWN = "education.own";

    static final String SITES = "education.sites";
    static final String ROUTES = "education.routes";
    static final String SESSIONS = "education.sessions";
    static final String ATTENDANCE = "education.attendance";
    static final String HOURS = "education.hours";
    static final String COMPLIANCE = "education.compliance";

    /** The annual requirement where no unit up the tree set one (hours). */
    static final int DEFAULT_REQUIREMENT = 32;

    private final ModuleDescriptor descriptor;

    @Activate
    public EducationModule(BundleContext context) {
        descriptor = describe(context.getBundle().getVersion().toString());
    }

    static ModuleDescriptor describe(String version) {
        return new ModuleDescriptor(ID, LocalizedText.of("党员教育", "Member education"), version,
                LocalizedText.of("“新”星之火党员教育品牌：实践教学点的申报与审核、精品路线、“新+”系列培训项目与集中培训的考勤、"
                                + "网络课程与在线考试、党员年度学时与达标情况。",
                        "The \"Xin\" spark member-education brand: practice teaching sites proposed and reviewed, boutique "
                                + "routes, the \"Xin+\" programs and their training sessions with attendance, online courses and exams, members' yearly "
                                + "study hours against the annual requirement."),
                ModuleCategory.MAIN_LINE,
                List.of(permission(READ, "查看党员教育", "Read member education", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR),
                        permission(SITE_PROPOSE, "申报实践教学点", "Propose practice teaching sites", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(SITE_REVIEW, "审核实践教学点", "Review practice teaching sites", DISTRICT_ADMIN),
                        permission(ROUTE_MANAGE, "管理精品路线", "Manage boutique routes", DISTRICT_ADMIN),
                        permission(SESSION_MANAGE, "组织培训、登记考勤", "Run training sessions and attendance", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(HOURS_APPROVE, "登记、认定自学学时", "Record and approve self-study hours", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(SETTINGS, "设置年度学时要求", "Set the annual study-hour requirement", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(CATEGORIES, "管理教学点类别", "Edit site categories", DISTRICT_ADMIN),
                        permission(POINTS, "设置学习积分规则", "Set the study-point rules", DISTRICT_ADMIN),
                        permission(COURSE_MANAGE, "管理网络课程与考试", "Manage online courses and exams", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(OWN, "查看本人学时", "See one's own study hours", MEMBER)),
                new UiEntry("/ui/education/index.js", "school", 10),
                statistics(),
                List.of(EnumLabels.set(ID, SiteStatus.class), EnumLabels.set(ID, SiteAction.class),
                        EnumLabels.set(ID, RouteStatus.class), EnumLabels.set(ID, SessionStatus.class),
                        EnumLabels.set(ID, SessionAction.class), EnumLabels.set(ID, AttendanceStatus.class),
                        EnumLabels.set(ID, CreditSource.class), EnumLabels.set(ID, CreditStatus.class),
                        EnumLabels.set(ID, CourseStatus.class), EnumLabels.set(ID, CourseAction.class)));
    }

    /** The built-in categories' labels (the statistic carries the labels of categories added later itself). */
    static final Map<String, LocalizedText> BUILT_IN_CATEGORIES = builtInCategories();

    private static Map<String, LocalizedText> builtInCategories() {
        Map<String, LocalizedText> m = new LinkedHashMap<>();
        m.put("PARTY_SERVICE", LocalizedText.of("党群服务", "Party-mass service"));
        m.put("SCI_TECH", LocalizedText.of("科技创新", "Sci-tech innovation"));
        m.put("RED_CULTURE", LocalizedText.of("红色文化", "Red culture"));
        m.put("AGRI_TOURISM", LocalizedText.of("农文旅", "Agri-culture-tourism"));
        m.put("HISTORY", LocalizedText.of("历史文化", "History and heritage"));
        return Map.copyOf(m);
    }

    static List<StatisticDefinition> statistics() {
        return List.of(
                new StatisticDefinition(SITES, LocalizedText.of("实践教学点", "Practice teaching sites"), "count", BUILT_IN_CATEGORIES),
                new StatisticDefinition(ROUTES, LocalizedText.of("精品路线", "Boutique routes"), "count"),
                new StatisticDefinition(SESSIONS, LocalizedText.of("集中培训", "Training sessions held"), "count",
                        EnumLabels.of(SessionStatus.class)),
                new StatisticDefinition(ATTENDANCE, LocalizedText.of("培训出勤率", "Attendance rate"), "percent"),
                new StatisticDefinition(HOURS, LocalizedText.of("认定学时", "Study hours credited"), "hours",
                        EnumLabels.of(CreditSource.class)),
                new StatisticDefinition(COMPLIANCE, LocalizedText.of("学时达标率", "Members meeting the requirement"), "percent",
                        Map.of("members", LocalizedText.of("党员数", "Members"),
                                "meeting", LocalizedText.of("达标人数", "Meeting the requirement"))));
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, Role... roles) {
        return PermissionDefinition.of(id, LocalizedText.of(zhCN, en), roles);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
