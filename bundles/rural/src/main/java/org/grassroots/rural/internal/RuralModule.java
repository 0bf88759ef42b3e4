package org.grassroots.rural.internal;

import java.util.List;
import java.util.Set;

import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.module.StatisticDefinition;
import org.grassroots.core.api.module.UiEntry;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

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

    private final ModuleDescriptor descriptor;

    @Activate
    public RuralModule(BundleContext context) {
        descriptor = new ModuleDescriptor(ID, LocalizedText.of("强村共富", "Strong villages"),
                context.getBundle().getVersion().toString(),
                LocalizedText.of("村党组织年度分类（示范村、创优村、强基村），“村村到”调研走访，“万人下乡、千村提升”企业与村结对及精准匹配，村集体经济收入与项目。",
                        "Yearly classification of village Party organizations (demonstration, excellence, foundation), "
                                + "\"村村到\" research visits, enterprise–village pairing with explained recommendations, "
                                + "village collective-economy income and projects."),
                ModuleCategory.FORTRESS,
                List.of(permission(READ, "查看强村共富", "Read strong-villages data", "DISTRICT_ADMIN", "UNIT_ADMIN", "SECRETARY"),
                        permission(PROPOSE, "提出村分类", "Propose village classification", "DISTRICT_ADMIN", "UNIT_ADMIN"),
                        permission(CONFIRM, "确认村分类、维护评分模型", "Confirm classification, edit the scoring model", "DISTRICT_ADMIN"),
                        permission(VISIT, "登记村村到走访", "Record 村村到 visits", "DISTRICT_ADMIN", "UNIT_ADMIN"),
                        permission(PAIRING, "管理企村结对", "Manage enterprise–village pairing", "DISTRICT_ADMIN", "UNIT_ADMIN"),
                        permission(ECONOMY, "登记集体经济", "Record collective economy", "DISTRICT_ADMIN", "UNIT_ADMIN", "SECRETARY")),
                new UiEntry("/ui/rural/index.js", "village", 50),
                List.of(new StatisticDefinition(CATEGORIES, LocalizedText.of("村党组织分类", "Village categories"), "villages"),
                        new StatisticDefinition(VISIT_COVERAGE, LocalizedText.of("村村到覆盖率", "Visit coverage"), "percent"),
                        new StatisticDefinition(PAIRING_COVERAGE, LocalizedText.of("结对覆盖率", "Pairing coverage"), "percent"),
                        new StatisticDefinition(MATCH_QUALITY, LocalizedText.of("结对匹配度", "Pairing match quality"), "percent"),
                        new StatisticDefinition(INCOME_GROWTH, LocalizedText.of("集体经济收入增长", "Collective income growth"), "percent")));
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, String... roles) {
        return new PermissionDefinition(id, LocalizedText.of(zhCN, en), Set.of(roles));
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
