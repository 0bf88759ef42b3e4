package org.grassroots.rolemodel.internal;

import static org.grassroots.core.api.security.Role.AUDITOR;
import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
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

/** The role-model module's descriptor (榜样典型培树宣传, special action 2). */
@Component(service = ActionModule.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + RoleModelModule.ID)
public class RoleModelModule implements ActionModule {
    public static final String ID = "rolemodel";
    /** Target of the {@code ModuleSchema} core registers once the module's tables are current (see bnd.bnd). */
    public static final String SCHEMA = "(grassroots.schema=org.grassroots.rolemodel)";
    public static final String UNIT = "(osgi.unit.name=grassroots-rolemodel)";

    /** Read role models, recommendations, contact points, service records and figures in scope. */
    public static final String READ = "rolemodel.read";
    /** Record role models and their steps, tracking, publicity, learning, service and contact records. */
    public static final String WRITE = "rolemodel.write";
    /** Recommend role models and decide (approve or return) at one's level. */
    public static final String RECOMMEND = "rolemodel.recommend";
    /** Assign the district leaders' direct contact points (district administrators). */
    public static final String CONTACTS = "rolemodel.contacts";
    /** Organize award campaigns (两优一先, 七一表彰): categories, quotas, submission window. */
    public static final String AWARDS = "rolemodel.awards";

    static final String MODELS = "rolemodel.models";
    static final String TIERS = "rolemodel.tiers";
    static final String PENDING = "rolemodel.pending";
    static final String PENDING_DAYS = "rolemodel.pendingDays";
    static final String CONTACT_POINTS = "rolemodel.contactPoints";
    static final String CONTACT_RECORDS = "rolemodel.contactRecords";
    static final String SERVICES = "rolemodel.services";
    static final String LEARNING = "rolemodel.learning";
    static final String NOMINATIONS = "rolemodel.nominations";
    static final String HONOURS = "rolemodel.honours";

    private final ModuleDescriptor descriptor;

    @Activate
    public RoleModelModule(BundleContext context) {
        descriptor = describe(context.getBundle().getVersion().toString());
    }

    /** The descriptor of the module in the given version (also what the unit tests check). */
    static ModuleDescriptor describe(String version) {
        Map<String, LocalizedText> levels = Map.of(
                "DISTRICT", LocalizedText.of("区级", "District"),
                "STREET", LocalizedText.of("街道（园区）级", "Street / park"),
                "GRASSROOTS", LocalizedText.of("村居（社区）级", "Village / community"));
        return new ModuleDescriptor(ID, LocalizedText.of("榜样典型培树", "Role models"), version,
                LocalizedText.of("先进典型发现、培养、宣传、学习“四位一体”：典型登记与跟踪培养（下次联系提醒）、逐级推荐（网格—村居—街道园区—区，"
                                + "逐级同意或退回并留痕）、“十百千工程”分级、区级直接联系点及联系记录、宣传报道、组织学做、"
                                + "“我为群众办实事”等活动服务记录，“两优一先”“七一表彰”等评选表彰（名额、推荐、逐级审核、荣誉登记），以及统计。",
                        "Role models found, cultivated, publicized and learned from: the models and their cultivation "
                                + "tracking (with next-contact reminders), level-by-level recommendation up the organization "
                                + "tree (each level approves or returns, with the full history), the three tiers, district "
                                + "leaders' direct contact points and their contact records, publicity, organized learning, "
                                + "service records of the campaigns, award campaigns (quotas, nominations reviewed level by level, the honours "
                                + "register), and their figures."),
                ModuleCategory.MAIN_LINE,
                List.of(permission(READ, "查看榜样典型", "Read role models", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR),
                        permission(WRITE, "登记榜样典型及培养、宣传、学做和服务记录", "Record role models and their cultivation, publicity, learning and service",
                                DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(RECOMMEND, "逐级推荐和审核榜样典型", "Recommend role models and decide at one's level",
                                DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(CONTACTS, "确定区级直接联系点", "Assign district-level contact points", DISTRICT_ADMIN),
                        permission(AWARDS, "组织评选表彰（两优一先、七一表彰）", "Organize award campaigns", DISTRICT_ADMIN, UNIT_ADMIN)),
                new UiEntry("/ui/rolemodel/index.js", "award", 20),
                List.of(new StatisticDefinition(MODELS, LocalizedText.of("榜样典型", "Role models"), "count",
                                EnumLabels.of(Stage.class)),
                        new StatisticDefinition(TIERS, LocalizedText.of("“十百千工程”分级典型", "Role models by tier"), "count",
                                EnumLabels.of(Tier.class)),
                        new StatisticDefinition(PENDING, LocalizedText.of("待审核推荐", "Recommendations pending"), "count", levels),
                        new StatisticDefinition(PENDING_DAYS, LocalizedText.of("推荐平均等待天数", "Average days pending"), "days", levels),
                        new StatisticDefinition(CONTACT_POINTS, LocalizedText.of("区级直接联系点", "District-level contact points"), "count",
                                Map.of("withRecords", LocalizedText.of("有联系记录", "With contact records"),
                                        "withoutRecords", LocalizedText.of("尚无联系记录", "No contact record yet"))),
                        new StatisticDefinition(CONTACT_RECORDS, LocalizedText.of("联系点联系记录", "Contact records"), "count",
                                EnumLabels.of(ContactKind.class)),
                        new StatisticDefinition(SERVICES, LocalizedText.of("活动服务记录", "Service records"), "count",
                                EnumLabels.of(Campaign.class)),
                        new StatisticDefinition(LEARNING, LocalizedText.of("组织学做活动", "Learning activities"), "count",
                                Map.of("attendees", LocalizedText.of("参加人次", "Attendances"))),
                        new StatisticDefinition(NOMINATIONS, LocalizedText.of("表彰推荐", "Award nominations"), "count",
                                EnumLabels.of(NominationStatus.class)),
                        new StatisticDefinition(HONOURS, LocalizedText.of("获得表彰", "Honours awarded"), "count",
                                EnumLabels.of(AwardCategory.class))),
                List.of(EnumLabels.set(ID, SubjectKind.class), EnumLabels.set(ID, ModelField.class), EnumLabels.set(ID, Stage.class),
                        EnumLabels.set(ID, StageAction.class), EnumLabels.set(ID, Tier.class),
                        EnumLabels.set(ID, RecommendationStatus.class), EnumLabels.set(ID, Decision.class),
                        EnumLabels.set(ID, ContactKind.class), EnumLabels.set(ID, Channel.class), EnumLabels.set(ID, Campaign.class),
                        EnumLabels.set(ID, AwardKind.class), EnumLabels.set(ID, AwardCategory.class),
                        EnumLabels.set(ID, NominationStatus.class), EnumLabels.set(ID, NominationAction.class)));
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, Role... roles) {
        return PermissionDefinition.of(id, LocalizedText.of(zhCN, en), roles);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
