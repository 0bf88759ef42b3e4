package org.grassroots.rural.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.EnumLabels;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.module.StatisticDefinition;
import org.grassroots.core.api.module.UiEntry;
import org.grassroots.core.api.security.Role;
import org.grassroots.rural.internal.classify.Category;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
import static org.grassroots.core.api.security.Role.SECRETARY;
import static org.grassroots.core.api.security.Role.UNIT_ADMIN;

/** 强村共富 (action 5, a fortress): the module's descriptor. */
@Component(service = ActionModule.class, property = RuralModule.MODULE_PROPERTY + "=" + RuralModule.ID)
public class RuralModule implements ActionModule {
    public static final String ID = "rural";
    /** Target of the {@code ModuleSchema} core registers once the module\'s tables are current (see bnd.bnd). */
    public static final String SCHEMA = "(grassroots.schema=org.grassroots.rural)";
    static final String MODULE_PROPERTY = org.grassroots.core.api.module.ModuleRegistry.MODULE_PROPERTY;

    static final String READ = "rural.read";
    static final String PROPOSE = "rural.classification.propose";
    static final String CONFIRM = "rural.classification.confirm";
    static final String VISIT = "rural.visit.manage";
    static final String PAIRING = "rural.pairing.manage";
    static final String ECONOMY = "rural.economy.manage";

    static final String CATEGORIES = "rural.villages.category";
    static final String VISIT_COVERAGE = "rural.visits.coverage";
    static final String PAIRING_COVERAGE = "rural.pairings.coverage";
    static final String MATCH_QUALITY = "rural.pairings.quality";
    static final String INCOME_GROWTH = "rural.income.growth";

    private static final LocalizedText VILLAGES = LocalizedText.of("村数", "Villages");

    private final ModuleDescriptor descriptor;

    @Activate
    public RuralModule(BundleContext context) {
        descriptor = describe(context.getBundle().getVersion().toString());
    }

    /** The descriptor of the module in the given version (also what the unit tests check). */
    static ModuleDescriptor describe(String version) {
        return new ModuleDescriptor(ID, LocalizedText.of("强村共富", "Strong villages"),
                version,
                LocalizedText.of("村党组织年度分类（示范村、创优村、强基村），“村村到”调研走访，“万人下乡、千村提升”企业与村结对及精准匹配，村集体经济收入与项目。",
                        "Yearly classification of village Party organizations (demonstration, excellence, foundation), "
                                + "\"村村到\" research visits, enterprise–village pairing with explained recommendations, "
                                + "village collective-economy income and projects."),
                ModuleCategory.FORTRESS,
                List.of(permission(READ, "查看强村共富", "Read strong-villages data", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(PROPOSE, "提出村分类", "Propose village classification", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(CONFIRM, "确认村分类、维护评分模型", "Confirm classification, edit the scoring model", DISTRICT_ADMIN),
                        permission(VISIT, "登记村村到走访", "Record 村村到 visits", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(PAIRING, "管理企村结对", "Manage enterprise–village pairing", DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(ECONOMY, "登记集体经济", "Record collective economy", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY)),
                new UiEntry("/ui/rural/index.js", "village", 50),
                List.of(new StatisticDefinition(CATEGORIES, LocalizedText.of("村党组织分类", "Village categories"), "villages",
                                EnumLabels.of(Category.class)),
                        new StatisticDefinition(VISIT_COVERAGE, LocalizedText.of("村村到覆盖率", "Visit coverage"), "percent",
                                Map.of("villages", VILLAGES, "visited", LocalizedText.of("已走访村数", "Villages visited"))),
                        new StatisticDefinition(PAIRING_COVERAGE, LocalizedText.of("结对覆盖率", "Pairing coverage"), "percent",
                                Map.of("villages", VILLAGES, "paired", LocalizedText.of("已结对村数", "Villages paired"))),
                        new StatisticDefinition(MATCH_QUALITY, LocalizedText.of("结对匹配度", "Pairing match quality"), "percent",
                                Map.of("activePairingsWithNeeds", LocalizedText.of("有需求的在帮扶结对", "Active pairings with needs"))),
                        new StatisticDefinition(INCOME_GROWTH, LocalizedText.of("集体经济收入增长", "Collective income growth"), "percent",
                                Map.of("income", LocalizedText.of("本年收入（万元）", "Income this year (10k yuan)"),
                                        "previousIncome", LocalizedText.of("上年收入（万元）", "Income last year (10k yuan)")))),
                // the codes the module's pages show, served to them by GET /api/core/labels
                List.of(EnumLabels.set(ID, Category.class), EnumLabels.set(ID, ClassificationStatus.class),
                        EnumLabels.set(ID, PairingStatus.class), EnumLabels.set(ID, TaskStatus.class),
                        EnumLabels.set(ID, NeedType.class), EnumLabels.set(ID, ProjectStatus.class)));
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, Role... roles) {
        return PermissionDefinition.of(id, LocalizedText.of(zhCN, en), roles);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
