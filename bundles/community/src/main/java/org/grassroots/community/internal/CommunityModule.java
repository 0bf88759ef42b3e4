package org.grassroots.community.internal;

import static org.grassroots.core.api.security.Role.AUDITOR;
import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
import static org.grassroots.core.api.security.Role.MEMBER;
import static org.grassroots.core.api.security.Role.SECRETARY;
import static org.grassroots.core.api.security.Role.UNIT_ADMIN;

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

/** The descriptor of 共建社区"幸福家园" (action 6 of the district's seven: happy-home urban communities). */
@Component(service = ActionModule.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + CommunityModule.ID)
public class CommunityModule implements ActionModule {
    public static final String ID = "community";
    /** Target of the {@code ModuleSchema} core registers once the module's tables are current (see bnd.bnd). */
    public static final String SCHEMA = "(grassroots.schema=org.grassroots.community)";
    public static final String UNIT = "(osgi.unit.name=grassroots-community)";

    /** Read teams, pairings, registrations, hours, stations, designations and figures in scope. */
    public static final String READ = "community.read";
    /** Keep the rosters, pairings, registrations, stations and visits; confirm or reject service hours; apply. */
    public static final String MANAGE = "community.manage";
    /** Change a community's secretary, designate or reject rider-friendly communities (street and district). */
    public static final String DECIDE = "community.decide";
    /** A member's own registration and service hours (self-service). */
    public static final String OWN = "community.own";

    public static final String COMMUNITIES = "community.communities";
    public static final String COVERED = "community.covered";
    public static final String PARTNERS = "community.partners";
    public static final String REGISTERED = "community.registered";
    public static final String HOURS = "community.hours";
    public static final String STATIONS = "community.stations";
    public static final String VISITS = "community.visits";
    public static final String RIDER_FRIENDLY = "community.riderFriendly";
    public static final String SECRETARIES_ADJUSTED = "community.secretariesAdjusted";
    public static final String EVENTS = "community.events";
    public static final String TRAINED = "community.trained";
    public static final String WISHES_FULFILLED = "community.wishesFulfilled";
    public static final String ISSUES_CLOSED = "community.issuesClosed";

    private final ModuleDescriptor descriptor;

    @Activate
    public CommunityModule(BundleContext context) {
        descriptor = describe(context.getBundle().getVersion().toString());
    }

    /** The descriptor of the module in the given version (also what the unit tests check). */
    static ModuleDescriptor describe(String version) {
        return new ModuleDescriptor(ID, LocalizedText.of("共建社区幸福家园", "Happy-home communities"), version,
                LocalizedText.of("社区“两委”班子与书记调整、机关企事业单位党组织和党员“双报到”（对口社区全覆盖、党员报到、"
                                + "志愿岗位、服务时长确认）、“暖新驿站”与“骑手友好社区”建设及统计。",
                        "Community \"two committees\" teams and secretary changes; dual reporting of institutions' and "
                                + "enterprises' Party organizations (paired communities, coverage) and of members "
                                + "(registration, volunteer posts, confirmed service hours); stations for new employment "
                                + "groups and rider-friendly communities, with their figures."),
                ModuleCategory.FORTRESS,
                List.of(permission(READ, "查看幸福家园", "Read happy-home communities", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR),
                        permission(MANAGE, "维护社区班子、双报到、驿站", "Keep teams, dual reporting and stations", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(DECIDE, "调整社区书记、命名骑手友好社区", "Change secretaries, designate rider-friendly communities", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(OWN, "本人社区报到与服务时长", "One's own registration and service hours", MEMBER, SECRETARY, UNIT_ADMIN, DISTRICT_ADMIN)),
                new UiEntry("/ui/community/index.js", "home", 60),
                List.of(new StatisticDefinition(COMMUNITIES, LocalizedText.of("城市社区", "Urban communities"), "count",
                                Map.of("covered", LocalizedText.of("已结对", "Paired"),
                                        "uncovered", LocalizedText.of("未结对", "Without a paired unit"))),
                        new StatisticDefinition(COVERED, LocalizedText.of("双报到覆盖社区", "Communities with a paired unit"), "count"),
                        new StatisticDefinition(PARTNERS, LocalizedText.of("报到单位党组织", "Paired organizations"), "count"),
                        new StatisticDefinition(REGISTERED, LocalizedText.of("报到党员", "Registered members"), "count"),
                        new StatisticDefinition(HOURS, LocalizedText.of("确认服务时长", "Confirmed service hours"), "hours"),
                        new StatisticDefinition(STATIONS, LocalizedText.of("暖新驿站", "Stations for new employment groups"), "count"),
                        new StatisticDefinition(VISITS, LocalizedText.of("驿站服务人次", "Station visits"), "count"),
                        new StatisticDefinition(RIDER_FRIENDLY, LocalizedText.of("骑手友好社区", "Rider-friendly communities"), "count"),
                        new StatisticDefinition(SECRETARIES_ADJUSTED, LocalizedText.of("调整社区党组织书记", "Community secretaries adjusted"), "count"),
                        new StatisticDefinition(EVENTS, LocalizedText.of("举办社区活动", "Community events held"), "count",
                                Map.of(EventKind.VOLUNTEER.name(), EventKind.VOLUNTEER.labels(),
                                        EventKind.TRAINING.name(), EventKind.TRAINING.labels(),
                                        EventKind.FORUM.name(), EventKind.FORUM.labels())),
                        new StatisticDefinition(TRAINED, LocalizedText.of("培训书记和社区工作者", "Secretaries and community workers trained"), "count"),
                        new StatisticDefinition(WISHES_FULFILLED, LocalizedText.of("实现微心愿", "Micro-wishes fulfilled"), "count"),
                        new StatisticDefinition(ISSUES_CLOSED, LocalizedText.of("联席会议议题办结", "Joint-meeting issues closed"), "count")),
                List.of(EnumLabels.set(ID, TeamPost.class), EnumLabels.set(ID, PairingStatus.class),
                        EnumLabels.set(ID, RegistrationStatus.class), EnumLabels.set(ID, HoursStatus.class),
                        EnumLabels.set(ID, RiderStatus.class), EnumLabels.set(ID, RiderCriterion.class),
                        EnumLabels.set(ID, EventKind.class), EnumLabels.set(ID, EventStatus.class), EnumLabels.set(ID, WishStatus.class),
                        EnumLabels.set(ID, CouncilKind.class), EnumLabels.set(ID, IssueStatus.class),
                        EnumLabels.set(ID, NewEmploymentGroup.class)));
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, Role... roles) {
        return PermissionDefinition.of(id, LocalizedText.of(zhCN, en), roles);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
