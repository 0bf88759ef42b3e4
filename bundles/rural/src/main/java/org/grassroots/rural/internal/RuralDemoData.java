package org.grassroots.rural.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.rural.internal.classify.ScoringModel;
import org.grassroots.rural.internal.match.EnterpriseProfile;
import org.grassroots.rural.internal.match.Recommendation;
import org.grassroots.rural.internal.match.Recommender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's part of the Jinan High-tech Zone demo dataset, loaded when core's demo mode is on
 * ({@code demo=true} in {@code etc/org.grassroots.core.cfg}), contributed when core's demo loader calls it after
 * its villages are stored. Villages get
 * criterion scores (seeded, so every load is the same) and the classification is computed from them with the
 * year's model, as a district would: the report's 53 示范村 / 91 创优村 / 3 强基村 for 2024 come out of that
 * computation. Everything is written in one transaction and only when 2024 is not classified yet (idempotent).
 * The module is enabled for the demo district unless someone has already decided about it there, so the console
 * shows it at once.
 * <p>
 * Written into every copy of the demo district ({@code demoCopies}), one copy at a time with the first copy's seeds,
 * so every copy's figures are equal: the villages are the copy's, the helping enterprises are registered by the
 * copy's district and only they are recommended to its villages (as its district secretary would see them), the
 * year's scoring model is shared (stored by the first copy). Nothing the module keeps unique spans villages, so the
 * copies need no other difference than their units.
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + RuralModule.ID)
public class RuralDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(RuralDemoData.class);
    static final String ACTOR = "demo-data";
    static final int YEAR = 2024;
    /** The report's shares of the district's 147 villages: 53 demonstration, 3 foundation, the rest excellence. */
    static final int DEMONSTRATION_OF_147 = 53;
    static final int FOUNDATION_OF_147 = 3;

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final Villages villages;
    private final ScoringModels scoringModels;
    private final CriterionScores criterionScores;
    private final Classifications classifications;
    private final Visits visits;
    private final Enterprises enterprises;
    private final VillageProfiles villageProfiles;
    private final Needs needs;
    private final Pairings pairings;
    private final Recommendations recommendations;
    private final Economy economy;
    private final ModuleEnablement enablement;

    @Activate
    public RuralDemoData(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa,
                         @Reference OrganizationService organizations, @Reference Villages villages,
                         @Reference ScoringModels scoringModels,
                         @Reference CriterionScores criterionScores, @Reference Classifications classifications, @Reference Visits visits,
                         @Reference Enterprises enterprises, @Reference VillageProfiles villageProfiles,
                         @Reference Needs needs, @Reference Pairings pairings,
                         @Reference Recommendations recommendations, @Reference Economy economy,
                         @Reference ModuleEnablement enablement) {
        this.enablement = enablement;
        this.jpa = jpa;
        this.organizations = organizations;
        this.villages = villages;
        this.scoringModels = scoringModels;
        this.criterionScores = criterionScores;
        this.classifications = classifications;
        this.visits = visits;
        this.enterprises = enterprises;
        this.villageProfiles = villageProfiles;
        this.needs = needs;
        this.pairings = pairings;
        this.recommendations = recommendations;
        this.economy = economy;
    }

    @Override
    public int order() {
        return 110;
    }

    /** Called by core's demo loader once its district (with its villages) is stored, once per copy of it. */
    @Override
    public int contribute(DemoCopy copy) {
        Organization district = copy.district();
        if (organizations.count(new OrganizationQuery(null, district.id(), UnitType.VILLAGE, null, null, null)) == 0) {
            LOG.warn("Rural demo data: core's demo has no villages in {}; nothing loaded", district.code());
            return 0;
        }
        enableFor(district);
        if (classifications.classified(YEAR, district.path())) {
            return 0;
        }
        int loaded = jpa.txExpr(TransactionType.Required, em -> load(district));
        LOG.info("Rural demo data: {} villages of {} classified, visited, paired", loaded, district.code());
        return loaded;
    }

    /**
     * Enables the module on the demo district (inherited by its streets and villages) where no unit on the path has
     * an explicit setting yet: idempotent, and an operator's later decision (even "disabled") is kept.
     */
    private void enableFor(Organization district) {
        if (enablement.enableUnlessDecided(RuralModule.ID, district.id())) {
            LOG.info("Rural demo data: module enabled for the demo district {} ({})", district.name(), district.code());
        }
    }

    private int load(Organization district) {
        VillageSet copyVillages = villages.under(district.id());
        List<Organization> all = new ArrayList<>(copyVillages.values());
        // codes differ between the copies by their root prefix only: the same order, so the same seeded draws
        all.sort(Comparator.comparing(Organization::code));
        Random random = new Random(147);

        for (int year : new int[] {YEAR - 1, YEAR}) {
            if (scoringModels.model(year).version() == 0) {
                // the model is the platform's for the year: stored by the first copy, used by the others
                scoringModels.saveModel(year, 0, new ModelDraft(ScoringModel.defaultCriteria(), 85.0, 60.0), ACTOR);
            }
            criterionScores.saveAllScores(year, scores(all, random, year), ACTOR);
            classifications.run(year, false, ACTOR, district.path());
            classifications.proposeAndConfirmAll(year, copyVillages, ACTOR);
            written();
        }

        Map<Long, String> industries = profiles(all, random);
        // the demo's helping enterprises are organized by the district (万人下乡), so every street pairs with them
        enterprises(district.id());
        Map<Long, List<Need>> needs = needs(all, industries, random);
        pairings(all, needs, district.path(), random);
        visits(all, random);
        income(all, random);
        projects(all, random);
        return all.size();
    }

    /**
     * Criterion scores per village. Villages are dealt (seeded shuffle) into bands of the report's shares; within
     * a band every criterion lies in the band's range, so the weighted score — computed later by the model —
     * lands in the band whatever the weights.
     */
    private static Map<Long, Map<String, Double>> scores(List<Organization> all, Random random, int year) {
        int n = all.size();
        int demonstration = (int) Math.round(n * DEMONSTRATION_OF_147 / 147.0) - (year == YEAR ? 0 : 5);
        int foundation = Math.max(year == YEAR ? 0 : 1, (int) Math.round(n * FOUNDATION_OF_147 / 147.0) + (year == YEAR ? 0 : 3));
        List<Organization> order = new ArrayList<>(all);
        Collections.shuffle(order, random);
        Map<Long, Map<String, Double>> scores = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            double low = i < demonstration ? 86 : i < demonstration + foundation ? 38 : 62;
            double high = i < demonstration ? 99 : i < demonstration + foundation ? 57 : 83;
            Map<String, Double> village = new HashMap<>();
            for (var criterion : ScoringModel.defaultCriteria()) {
                village.put(criterion.code(), Math.round((low + random.nextDouble() * (high - low)) * 10) / 10.0);
            }
            scores.put(order.get(i).id(), village);
        }
        return scores;
    }

    private static final List<String> INDUSTRIES = List.of("种植业", "养殖业", "乡村旅游", "农产品加工");

    private Map<Long, String> profiles(List<Organization> all, Random random) {
        Map<Long, String> industries = new HashMap<>();
        for (Organization village : all) {
            String industry = village.name().equals("间家坊村") ? "种植业" : INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
            industries.put(village.id(), industry);
            villageProfiles.saveProfile(village.id(), 0, new VillageProfileDraft(36.60 + random.nextDouble() * 0.16,
                    117.05 + random.nextDouble() * 0.32, industry), ACTOR);
        }
        return industries;
    }

    private record DemoEnterprise(String name, String industry, String business, String keywords, Set<NeedType> capacities) {
    }

    private static final List<DemoEnterprise> ENTERPRISES = List.of(
            new DemoEnterprise("莲香农业科技有限公司", "种植业", "莲藕、蔬菜种植与深加工", "莲藕 蔬菜 种植 深加工", EnumSet.of(NeedType.INDUSTRY, NeedType.TECHNOLOGY)),
            new DemoEnterprise("齐鲁优选电子商务有限公司", "电子商务", "农产品电商直播、社区团购", "电商 直播 销售 农产品", EnumSet.of(NeedType.SALES)),
            new DemoEnterprise("泉城人力资源服务有限公司", "人力资源", "劳务派遣、技能培训、就业服务", "就业 培训 劳务", EnumSet.of(NeedType.LABOUR)),
            new DemoEnterprise("高新智慧农业科技有限公司", "农业科技", "智慧大棚、物联网灌溉、农技服务", "大棚 物联网 农技 种植", EnumSet.of(NeedType.TECHNOLOGY, NeedType.INDUSTRY)),
            new DemoEnterprise("鲁建城乡建设有限公司", "建筑业", "道路硬化、村居改造、排水工程", "道路 改造 排水", EnumSet.of(NeedType.INFRASTRUCTURE)),
            new DemoEnterprise("高新农商银行支行", "金融", "涉农贷款、乡村振兴专项资金", "贷款 资金 金融", EnumSet.of(NeedType.FUNDS)),
            new DemoEnterprise("东部文旅发展有限公司", "乡村旅游", "乡村民宿、研学旅游、农家乐运营", "民宿 旅游 研学 农家乐", EnumSet.of(NeedType.INDUSTRY, NeedType.SALES)),
            new DemoEnterprise("华山牧业有限公司", "养殖业", "生猪、肉牛养殖与饲料", "养殖 饲料 畜牧", EnumSet.of(NeedType.INDUSTRY, NeedType.TECHNOLOGY)),
            new DemoEnterprise("齐鲁冷链物流有限公司", "物流", "冷链仓储、农产品配送", "冷链 物流 仓储 配送 销售", EnumSet.of(NeedType.SALES, NeedType.INFRASTRUCTURE)),
            new DemoEnterprise("泉水食品有限公司", "农产品加工", "面粉、杂粮、豆制品加工", "加工 杂粮 食品", EnumSet.of(NeedType.INDUSTRY, NeedType.SALES)),
            new DemoEnterprise("绿源光伏能源有限公司", "新能源", "屋顶光伏、村级光伏电站", "光伏 能源 电站", EnumSet.of(NeedType.INFRASTRUCTURE, NeedType.FUNDS)),
            new DemoEnterprise("数字乡村信息技术有限公司", "信息技术", "数字乡村平台、信息化服务", "数字乡村 信息化 平台", EnumSet.of(NeedType.TECHNOLOGY)),
            new DemoEnterprise("济南花木园艺有限公司", "种植业", "苗木花卉种植与销售", "苗木 花卉 种植 销售", EnumSet.of(NeedType.INDUSTRY, NeedType.SALES)),
            new DemoEnterprise("农科成果转化中心", "农业科技", "良种推广、土壤改良、农技培训", "良种 土壤 农技 培训", EnumSet.of(NeedType.TECHNOLOGY, NeedType.LABOUR)),
            new DemoEnterprise("舜耕餐饮连锁有限公司", "餐饮", "农产品直采、中央厨房", "直采 餐饮 蔬菜 销售", EnumSet.of(NeedType.SALES, NeedType.LABOUR)),
            new DemoEnterprise("鲁中水务工程有限公司", "建筑业", "农村供水、污水处理", "供水 污水 水利", EnumSet.of(NeedType.INFRASTRUCTURE)));

    private List<Long> enterprises(long district) {
        List<Long> ids = new ArrayList<>();
        Random random = new Random(16);
        for (DemoEnterprise e : ENTERPRISES) {
            ids.add(enterprises.createEnterprise(new EnterpriseDraft(e.name(), e.industry(), e.business(), e.capacities(),
                    e.keywords(), 36.64 + random.nextDouble() * 0.08, 117.08 + random.nextDouble() * 0.25, district), ACTOR).id());
        }
        return ids;
    }

    private record NeedTemplate(NeedType type, String industry, String description, String keywords) {
    }

    private static final Map<String, List<NeedTemplate>> NEEDS = Map.of(
            "种植业", List.of(new NeedTemplate(NeedType.INDUSTRY, "种植业", "发展特色蔬菜大棚种植", "种植 蔬菜 大棚"),
                    new NeedTemplate(NeedType.SALES, null, "农产品销售渠道不畅", "销售 电商 农产品")),
            "养殖业", List.of(new NeedTemplate(NeedType.TECHNOLOGY, "养殖业", "养殖技术与防疫指导", "养殖 饲料 畜牧"),
                    new NeedTemplate(NeedType.SALES, null, "畜产品冷链与销售", "冷链 销售")),
            "乡村旅游", List.of(new NeedTemplate(NeedType.INDUSTRY, "乡村旅游", "发展乡村民宿与研学", "民宿 研学 旅游"),
                    new NeedTemplate(NeedType.INFRASTRUCTURE, null, "村内道路硬化与排水", "道路 排水")),
            "农产品加工", List.of(new NeedTemplate(NeedType.INDUSTRY, "农产品加工", "杂粮加工作坊升级", "加工 杂粮 食品"),
                    new NeedTemplate(NeedType.LABOUR, null, "村民就业技能培训", "就业 培训")));

    private Map<Long, List<Need>> needs(List<Organization> all, Map<Long, String> industries, Random random) {
        Map<Long, List<Need>> needs = new HashMap<>();
        for (Organization village : all) {
            List<NeedTemplate> templates = village.name().equals("间家坊村")
                    ? List.of(new NeedTemplate(NeedType.INDUSTRY, "种植业", "莲藕种植扩大与深加工", "莲藕 种植 深加工"))
                    : NEEDS.get(industries.get(village.id())).subList(0, random.nextInt(100) < 60 ? 2 : 1);
            for (NeedTemplate t : templates) {
                needs.computeIfAbsent(village.id(), k -> new ArrayList<>()).add(this.needs.createNeed(
                        new NeedDraft(village.id(), t.type(), t.industry(), t.description(), t.keywords(), true), ACTOR));
            }
        }
        return needs;
    }

    /**
     * Most villages are paired with the enterprise the recommender ranks first for their first need; a few pairings
     * are old ones whose enterprise does not fit (精准帮扶 lists them for re-pairing); some have ended with a rating.
     */
    private void pairings(List<Organization> all, Map<Long, List<Need>> needs, String districtPath, Random random) {
        for (Organization village : all) {
            int roll = random.nextInt(100);
            if (roll >= 85) {
                continue; // not paired yet
            }
            Need need = needs.get(village.id()).get(0);
            long enterprise;
            if (roll < 6) {
                enterprise = worstFit(village.id(), need, districtPath);
            } else {
                List<Recommendation> best = recommendations.recommend(village.id(), 1, java.util.Locale.ENGLISH, districtPath)
                        .get(0).enterprises();
                enterprise = best.get(0).enterpriseId();
            }
            var p = pairings.propose(new PairingDraft(enterprise, village.id(), need.id()), ACTOR);
            p = pairings.move(p.id(), p.version(), PairingStatus.AGREED, null, null, ACTOR);
            p = pairings.move(p.id(), p.version(), PairingStatus.ACTIVE, null, null, ACTOR);
            if (roll >= 70) {
                pairings.move(p.id(), p.version(), PairingStatus.ENDED, "帮扶项目完成", roll % 4 != 0, ACTOR);
            }
            written();
        }
    }

    /**
     * Sends what the load wrote so far and lets go of it: the year is one transaction, and EclipseLink compares every
     * entity it manages at each flush (every pairing's step flushes), so without letting go the flushes grew with the
     * load and took most of its time (JFR, stop 42).
     */
    private void written() {
        jpa.tx(TransactionType.Required, em -> {
            em.flush();
            em.clear();
        });
    }

    /** The enterprise of the copy's district that fits the need least. */
    private long worstFit(long villageId, Need need, String districtPath) {
        var snapshot = recommendations.snapshot(VillageSet.of(villages.requireVillage(villageId, "village")), districtPath);
        var profile = snapshot.openNeeds().get(villageId).stream().filter(n -> n.needId() == need.id()).findFirst().get();
        return snapshot.enterprises().stream().min(Comparator.comparingDouble((EnterpriseProfile e) -> Recommender.fit(profile, e))
                .thenComparing(EnterpriseProfile::id)).get().id();
    }

    private static final List<String> LEADERS = List.of("王立新", "李明远", "张海峰", "刘振华", "陈书文", "赵国栋");
    private static final List<String> FINDINGS = List.of(
            "村集体经济增收渠道单一，需引进产业项目。", "村两委班子团结，党员活动阵地需改造。",
            "农产品销售依赖中间商，建议发展电商。", "村内道路破损，雨季排水不畅。", "青壮年外出务工多，村内就业岗位少。");

    /** About nine in ten villages were visited in the year; some visits left follow-up tasks. */
    private void visits(List<Organization> all, Random random) {
        for (Organization village : all) {
            if (random.nextInt(100) >= 90) {
                continue;
            }
            LocalDate on = LocalDate.of(YEAR, 3 + random.nextInt(9), 1 + random.nextInt(28));
            var visit = visits.record(new VisitDraft(village.id(), LEADERS.get(random.nextInt(LEADERS.size())), null, on,
                    FINDINGS.get(random.nextInt(FINDINGS.size()))), ACTOR);
            if (random.nextBoolean()) {
                var task = visits.addTask(visit.id(), new TaskDraft("按调研意见制定整改方案并落实", "街道党工委", on.plusDays(30)), ACTOR);
                if (random.nextInt(100) < 70) {
                    visits.changeTask(task.id(), task.version(), TaskStatus.DONE, ACTOR);
                }
            }
            written();
        }
    }

    private void income(List<Organization> all, Random random) {
        Map<Long, Double> previous = new LinkedHashMap<>();
        Map<Long, Double> current = new LinkedHashMap<>();
        for (Organization village : all) {
            double before = Math.round((20 + random.nextDouble() * 180) * 10) / 10.0;
            previous.put(village.id(), before);
            current.put(village.id(), Math.round(before * (1.02 + random.nextDouble() * 0.14) * 10) / 10.0);
        }
        economy.saveAllIncome(YEAR - 1, previous, ACTOR);
        economy.saveAllIncome(YEAR, current, ACTOR);
    }

    private void projects(List<Organization> all, Random random) {
        List<String> names = List.of("高标准农田建设", "冷库建设", "乡村民宿改造", "光伏发电", "特色大棚");
        for (Organization village : all) {
            if (village.name().equals("间家坊村")) {
                economy.createProject(new ProjectDraft(village.id(), "莲藕种植基地", 2023, 120.0, 260.0, ProjectStatus.COMPLETED), ACTOR);
            } else if (random.nextInt(100) < 20) {
                economy.createProject(new ProjectDraft(village.id(), names.get(random.nextInt(names.size())), YEAR,
                        Math.round((30 + random.nextDouble() * 170) * 10) / 10.0, Math.round(random.nextDouble() * 150 * 10) / 10.0,
                        random.nextBoolean() ? ProjectStatus.IN_PROGRESS : ProjectStatus.COMPLETED), ACTOR);
            }
        }
    }
}
