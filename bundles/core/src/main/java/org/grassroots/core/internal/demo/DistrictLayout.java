package org.grassroots.core.internal.demo;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.grassroots.core.api.Domain;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;

/**
 * The tree of the Jinan High-tech Zone demo district: the zone, its streets and parks and everything in them,
 * in the service matrix 区 — 街道(园区) — 村居(社区、企业) — 网格(小区).
 * <p>
 * Names the 2024 work record gives are used as they are: the parks 智造谷, 药谷 and 算谷, 舜颖社区, 凤凰国际,
 * 博晶大厦, 互联网大健康, 间家坊村 and 四风闸. The report names no streets; they are the streets the zone
 * administers. Everything else is invented, and so is where the named places sit. The report's counts are
 * reproduced: 147 villages, 48 communities, 10 demonstration buildings, 1,600+ Party organizations.
 * <p>
 * Units are listed parents first. One instance plans once.
 */
final class DistrictLayout {

    static final String ROOT_CODE = "JNGX";
    static final String ROOT_NAME = "济南高新区";
    /** The zone's statistical division code; the street, village and community codes below it are synthetic. */
    private static final String ZONE_DIVISION_CODE = "370171";
    private static final LocalDate ZONE_FOUNDED = LocalDate.of(1991, 3, 6);

    private record Street(String name, int villages, List<String> namedVillages, int communities,
                          List<String> namedCommunities, List<String> demonstrationBuildings, int otherBuildings,
                          int enterprises, int socialOrganizations) {
    }

    private record Park(String name, int grids, List<String> industries, List<String> demonstrationBuildings,
                        int otherBuildings, int socialOrganizations) {
    }

    private static final List<Street> STREETS = List.of(
            new Street("舜华路街道", 0, List.of(), 12, List.of("舜颖社区"),
                    List.of("博晶大厦", "互联网大健康", "齐鲁软件大厦", "银荷大厦", "舜泰广场", "数码港大厦", "奥盛大厦"),
                    11, 50, 15),
            new Street("孙村街道", 12, List.of(), 8, List.of("凤凰国际社区"), List.of(), 0, 45, 10),
            new Street("巨野河街道", 30, List.of("间家坊村"), 2, List.of(), List.of(), 0, 30, 6),
            new Street("遥墙街道", 35, List.of("四风闸村"), 3, List.of(), List.of(), 0, 40, 6),
            new Street("临港街道", 28, List.of(), 3, List.of(), List.of(), 0, 40, 6),
            new Street("章锦街道", 0, List.of(), 10, List.of(), List.of("章锦国际商务中心"), 3, 40, 10),
            new Street("港沟街道", 20, List.of(), 8, List.of(), List.of(), 0, 40, 8),
            new Street("彩石街道", 22, List.of(), 2, List.of(), List.of(), 0, 25, 6));

    private static final List<Park> PARKS = List.of(
            new Park("智造谷产业园", 10, List.of("智能装备", "机器人", "精密机械", "新材料", "汽车零部件", "电子科技"),
                    List.of(), 0, 4),
            new Park("药谷产业园", 8, List.of("生物医药", "医疗器械", "生物科技", "制药", "基因科技", "健康科技"),
                    List.of(), 0, 3),
            new Park("算谷产业园", 8, List.of("数据科技", "云计算", "人工智能", "信息技术", "集成电路", "网络安全"),
                    List.of(), 0, 3),
            new Park("齐鲁软件园", 10, List.of("软件", "信息技术", "网络科技", "数字科技", "智能科技"), List.of(), 4, 4),
            new Park("汉峪金谷", 6, List.of("金融服务", "投资管理", "商务咨询", "融资租赁", "科技金融"),
                    List.of("汉峪金谷金融商务中心", "汉峪金谷创新大厦"), 2, 3));

    private static final List<String> RURAL_INDUSTRIES =
            List.of("农业科技", "食品", "物流", "建材", "机械制造", "商贸", "环保科技", "新能源", "生态农业");
    private static final List<String> URBAN_INDUSTRIES =
            List.of("信息技术", "商贸", "物业服务", "文化传媒", "教育科技", "餐饮管理", "建筑工程", "人力资源");
    private static final List<String> BUILDING_INDUSTRIES =
            List.of("信息技术", "网络科技", "商务咨询", "文化传媒", "人力资源", "科技服务", "电子商务", "广告");

    private static final List<String> STREET_SOCIAL_ORGANIZATIONS = List.of("志愿服务协会", "社会工作服务中心",
            "老年人协会", "慈善工作站", "文化艺术协会", "物业服务行业协会", "商会", "青年创业者协会", "退役军人志愿服务队",
            "邻里互助会", "家政服务行业协会", "书画协会", "体育健身协会", "物流行业协会", "乡村振兴促进会", "个体劳动者协会");
    private static final List<String> PARK_SOCIAL_ORGANIZATIONS = List.of("企业服务联盟", "人才发展促进会",
            "产业技术创新联盟", "青年联合会", "知识产权服务中心");

    private static final List<String> DISTRICT_DEPARTMENTS = List.of("党工委党群工作部", "管委会党政办公室",
            "纪工委监察工委", "经济发展部", "科技创新促进部", "财政金融部", "规划建设部", "社会事业部", "城市管理部",
            "市场监督管理局", "行政审批服务部", "应急管理部", "投资促进部", "人力资源部", "生态环境分局", "统计局",
            "退役军人事务局", "综合行政执法局", "政务服务中心", "融媒体中心", "档案馆", "疾病预防控制中心");
    private static final List<String> DISTRICT_SCHOOLS = List.of("实验中学", "舜华学校", "汉峪小学", "章锦小学",
            "奥体中学", "东城逸家小学", "孙村中学", "凤凰路小学", "雅居园小学", "新宇小学", "崇华路小学", "金谷学校",
            "第一幼儿园");
    private static final List<String> DISTRICT_HOSPITALS = List.of("人民医院", "妇幼保健院");

    /** Trade organizations of the new employment groups (新就业群体) and the tag their members carry. */
    private static final List<List<String>> TRADE_ORGANIZATIONS = List.of(
            List.of("高新区快递物流行业协会", "快递员"),
            List.of("高新区外卖配送行业联合会", "骑手"),
            List.of("高新区网约车行业协会", "网约车司机"));

    private static final List<String> URBAN_STREET_INSTITUTIONS = List.of("机关", "便民服务中心", "综合执法中队",
            "社区卫生服务中心", "文化站", "退役军人服务站", "第一小学", "第二小学", "中学");
    private static final List<String> RURAL_STREET_INSTITUTIONS = List.of("机关", "便民服务中心", "综合执法中队",
            "卫生院", "文化站", "退役军人服务站", "农业综合服务中心", "中心小学", "中学", "财政所");

    private final SplittableRandom random;
    private final String rootCode;
    private final String rootName;
    private final String rootParentCode;
    private final List<PlannedUnit> units = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Deque<String> villageNames;
    private final Deque<String> communityNames;
    private final Deque<String> buildingNames;

    DistrictLayout(SplittableRandom random) {
        this(random, ROOT_CODE, ROOT_NAME, null);
    }

    /**
     * A copy of the district (the benchmark's city, {@link DemoDistrict#copy}): the same units under another root
     * code and name; every unit's code starts with its root's, so the copies' codes differ.
     */
    DistrictLayout(SplittableRandom random, String rootCode, String rootName, String rootParentCode) {
        this.random = random;
        this.rootCode = rootCode;
        this.rootName = rootName;
        this.rootParentCode = rootParentCode;
        Set<String> named = new HashSet<>();
        STREETS.forEach(s -> {
            named.addAll(s.namedVillages());
            named.addAll(s.namedCommunities());
            named.addAll(s.demonstrationBuildings());
        });
        PARKS.forEach(p -> named.addAll(p.demonstrationBuildings()));
        this.villageNames = shuffledWithout(ChineseNames.allVillageNames(), named);
        this.communityNames = shuffledWithout(ChineseNames.allCommunityNames(), named);
        this.buildingNames = shuffledWithout(ChineseNames.allBuildingNames(), named);
    }

    /** Names of the 10 demonstration buildings of the 一纵一横 belt along 经十路 and 舜华路. */
    static List<String> demonstrationBuildings() {
        List<String> names = new ArrayList<>();
        STREETS.forEach(s -> names.addAll(s.demonstrationBuildings()));
        PARKS.forEach(p -> names.addAll(p.demonstrationBuildings()));
        return List.copyOf(names);
    }

    List<PlannedUnit> plan() {
        if (!units.isEmpty()) {
            throw new IllegalStateException("a layout plans once");
        }
        add(rootCode, rootParentCode, rootName, UnitType.DISTRICT, null, PartyOrgType.WORKING_COMMITTEE, 0, ZONE_FOUNDED,
                ZONE_DIVISION_CODE, null);
        districtInstitutions();
        tradeOrganizations();
        for (int i = 0; i < STREETS.size(); i++) {
            street(STREETS.get(i), i + 1);
        }
        for (int i = 0; i < PARKS.size(); i++) {
            park(PARKS.get(i), i + 1);
        }
        return List.copyOf(units);
    }

    private void districtInstitutions() {
        List<String> names = new ArrayList<>();
        DISTRICT_DEPARTMENTS.forEach(d -> names.add("高新区" + d));
        DISTRICT_SCHOOLS.forEach(s -> names.add("高新区" + s));
        DISTRICT_HOSPITALS.forEach(h -> names.add("高新区" + h));
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            MemberProfile profile = institutionProfile(name);
            int weight = profile == MemberProfile.MEDICAL_STAFF ? between(60, 140)
                    : profile == MemberProfile.TEACHERS ? between(25, 70) : between(15, 45);
            add(code(rootCode, "I", i + 1, 2), rootCode, name, UnitType.INSTITUTION, Domain.INSTITUTION, null,
                    weight, date(1992, 2020), null, profile);
        }
    }

    private void tradeOrganizations() {
        for (int i = 0; i < TRADE_ORGANIZATIONS.size(); i++) {
            List<String> trade = TRADE_ORGANIZATIONS.get(i);
            units.add(new PlannedUnit(code(rootCode, "O", i + 1, 2), rootCode, claim(trade.get(0)),
                    UnitType.SOCIAL_ORGANIZATION, Domain.EMERGING, null, between(150, 260), date(2018, 2022), null,
                    MemberProfile.NEW_EMPLOYMENT, trade.get(1), false));
        }
    }

    private void street(Street street, int number) {
        String code = code(rootCode, "S", number, 2);
        String townDivision = ZONE_DIVISION_CODE + (400 + number);
        add(code, rootCode, street.name(), UnitType.STREET, null, PartyOrgType.WORKING_COMMITTEE, between(10, 18),
                date(2010, 2021), townDivision + "000", MemberProfile.CIVIL_SERVANTS);

        for (int v = 1; v <= street.villages(); v++) {
            String name = v <= street.namedVillages().size() ? street.namedVillages().get(v - 1) : villageNames.pop();
            // most villages have a few dozen members; the big ones up to about 130
            int weight = between(25, 75) + (random.nextInt(100) < 15 ? between(30, 60) : 0);
            units.add(new PlannedUnit(code(code, "V", v, 3), code, claim(name), UnitType.VILLAGE, Domain.RURAL,
                    PartyOrgType.BRANCH, weight, date(1950, 1990), townDivision + (200 + v), MemberProfile.VILLAGERS,
                    null, random.nextInt(100) < 30));
        }
        for (int c = 1; c <= street.communities(); c++) {
            String name = c <= street.namedCommunities().size() ? street.namedCommunities().get(c - 1)
                    : communityNames.pop();
            community(code(code, "C", c, 2), code, name, townDivision + threeDigits(c));
        }
        List<String> buildings = new ArrayList<>(street.demonstrationBuildings());
        for (int b = 0; b < street.otherBuildings(); b++) {
            buildings.add(buildingNames.pop());
        }
        for (int b = 0; b < buildings.size(); b++) {
            building(code(code, "B", b + 1, 2), code, buildings.get(b), b < street.demonstrationBuildings().size());
        }
        List<String> industries = street.villages() > 0 ? RURAL_INDUSTRIES : URBAN_INDUSTRIES;
        for (int e = 1; e <= street.enterprises(); e++) {
            enterprise(code(code, "E", e, 3), code, industries, 30);
        }
        List<String> socialKinds = shuffled(STREET_SOCIAL_ORGANIZATIONS);
        for (int o = 1; o <= street.socialOrganizations(); o++) {
            socialOrganization(code(code, "O", o, 2), code, street.name() + socialKinds.get(o - 1));
        }
        List<String> institutions = street.villages() > 0 ? RURAL_STREET_INSTITUTIONS : URBAN_STREET_INSTITUTIONS;
        for (int i = 1; i <= institutions.size(); i++) {
            String name = street.name() + institutions.get(i - 1);
            add(code(code, "I", i, 2), code, name, UnitType.INSTITUTION, Domain.INSTITUTION, null, between(5, 30),
                    date(1992, 2020), null, institutionProfile(name));
        }
    }

    /** Schools are staffed by teachers and hospitals by medical staff, so their members' posts differ. */
    private static MemberProfile institutionProfile(String name) {
        if (name.endsWith("学校") || name.endsWith("小学") || name.endsWith("中学") || name.endsWith("幼儿园")) {
            return MemberProfile.TEACHERS;
        }
        if (name.endsWith("医院") || name.endsWith("保健院") || name.endsWith("卫生院") || name.endsWith("卫生服务中心")
                || name.endsWith("疾病预防控制中心")) {
            return MemberProfile.MEDICAL_STAFF;
        }
        return MemberProfile.CIVIL_SERVANTS;
    }

    /** A community with its grids (网格, one or a few residential compounds each); most members are in the grids. */
    private void community(String code, String streetCode, String name, String divisionCode) {
        int grids = between(4, 8);
        // 社区党委 where the community is big enough to have many grid branches, 党总支 otherwise
        PartyOrgType type = grids >= 6 ? PartyOrgType.COMMITTEE : PartyOrgType.GENERAL_BRANCH;
        add(code, streetCode, name, UnitType.COMMUNITY, Domain.URBAN_COMMUNITY, type, between(12, 30),
                date(2000, 2020), divisionCode, MemberProfile.RESIDENTS);
        for (int g = 1; g <= grids; g++) {
            add(code(code, "G", g, 2), code, name + "第" + ChineseNames.numeral(g) + "网格", UnitType.GRID,
                    Domain.URBAN_COMMUNITY, PartyOrgType.BRANCH, between(18, 45), date(2016, 2023), null,
                    MemberProfile.RESIDENTS);
        }
    }

    /**
     * An office building with the companies inside. Demonstration buildings have a building Party committee
     * (楼宇党委) and a 楼委会; the others a joint branch for the companies too small for their own branch.
     */
    private void building(String code, String parentCode, String name, boolean demonstration) {
        add(code, parentCode, name, UnitType.BUILDING, Domain.EMERGING,
                demonstration ? PartyOrgType.COMMITTEE : PartyOrgType.JOINT_BRANCH,
                demonstration ? between(15, 30) : between(6, 15), date(2008, 2022), null, MemberProfile.EMPLOYEES);
        int companies = demonstration ? between(10, 16) : between(5, 10);
        for (int e = 1; e <= companies; e++) {
            String enterpriseCode = code(code, "E", e, 2);
            if (random.nextInt(100) < 50) {
                add(enterpriseCode, code, company(BUILDING_INDUSTRIES, false), UnitType.ENTERPRISE, Domain.EMERGING,
                        PartyOrgType.NONE, 0, date(2005, 2023), null, null);
            } else {
                int weight = random.nextInt(100) < 80 ? between(3, 12) : between(13, 45);
                add(enterpriseCode, code, company(BUILDING_INDUSTRIES, false), UnitType.ENTERPRISE, Domain.EMERGING,
                        null, weight, date(2005, 2023), null, MemberProfile.EMPLOYEES);
            }
        }
    }

    private void park(Park park, int number) {
        String code = code(rootCode, "P", number, 2);
        // the park Party committees were upgraded to committees directly under the zone (直属党委)
        add(code, rootCode, park.name(), UnitType.PARK, Domain.EMERGING, PartyOrgType.COMMITTEE, between(12, 25),
                date(2015, 2022), null, MemberProfile.CIVIL_SERVANTS);
        for (int g = 1; g <= park.grids(); g++) {
            String gridCode = code(code, "G", g, 2);
            add(gridCode, code, park.name() + "第" + ChineseNames.numeral(g) + "网格", UnitType.GRID, Domain.EMERGING,
                    PartyOrgType.BRANCH, between(4, 10), date(2019, 2023), null, MemberProfile.EMPLOYEES);
            int companies = between(14, 22);
            for (int e = 1; e <= companies; e++) {
                enterprise(code(gridCode, "E", e, 2), gridCode, park.industries(), 25);
            }
        }
        List<String> buildings = new ArrayList<>(park.demonstrationBuildings());
        for (int b = 0; b < park.otherBuildings(); b++) {
            buildings.add(buildingNames.pop());
        }
        for (int b = 0; b < buildings.size(); b++) {
            building(code(code, "B", b + 1, 2), code, buildings.get(b), b < park.demonstrationBuildings().size());
        }
        List<String> socialKinds = shuffled(PARK_SOCIAL_ORGANIZATIONS);
        for (int o = 1; o <= park.socialOrganizations(); o++) {
            socialOrganization(code(code, "O", o, 2), code, park.name() + socialKinds.get(o - 1));
        }
    }

    /**
     * A company; {@code percentWithoutParty} of them have no Party organization of their own (their members
     * belong to the grid or building branch). Sizes are heavy-tailed: many small firms, a few large ones.
     */
    private void enterprise(String code, String parentCode, List<String> industries, int percentWithoutParty) {
        if (random.nextInt(100) < percentWithoutParty) {
            add(code, parentCode, company(industries, false), UnitType.ENTERPRISE, Domain.EMERGING, PartyOrgType.NONE,
                    0, date(1998, 2023), null, null);
            return;
        }
        int size = random.nextInt(100);
        int weight = size < 60 ? between(3, 8) : size < 90 ? between(9, 25) : size < 98 ? between(26, 80) : between(81, 200);
        add(code, parentCode, company(industries, weight > 80), UnitType.ENTERPRISE, Domain.EMERGING, null, weight,
                date(1998, 2023), null, MemberProfile.EMPLOYEES);
    }

    private void socialOrganization(String code, String parentCode, String name) {
        if (random.nextInt(100) < 40) {
            add(code, parentCode, name, UnitType.SOCIAL_ORGANIZATION, Domain.EMERGING, PartyOrgType.NONE, 0,
                    date(2005, 2023), null, null);
        } else {
            add(code, parentCode, name, UnitType.SOCIAL_ORGANIZATION, Domain.EMERGING, null, between(3, 10),
                    date(2005, 2023), null, MemberProfile.RESIDENTS);
        }
    }

    private void add(String code, String parentCode, String name, UnitType unitType, Domain domain,
                     PartyOrgType partyOrgType, int memberWeight, LocalDate foundedOn, String divisionCode,
                     MemberProfile profile) {
        units.add(new PlannedUnit(code, parentCode, claim(name), unitType, domain, partyOrgType, memberWeight,
                foundedOn, divisionCode, profile, null, false));
    }

    private String company(List<String> industries, boolean large) {
        String industry = industries.get(random.nextInt(industries.size()));
        String name;
        do {
            name = ChineseNames.company(random, industry, large);
        } while (usedNames.contains(name));
        return name;
    }

    /** Unit names are unique in the district so that people can tell units apart in lists. */
    private String claim(String name) {
        if (!usedNames.add(name)) {
            throw new IllegalStateException("unit name used twice: " + name);
        }
        return name;
    }

    private Deque<String> shuffledWithout(List<String> names, Set<String> reserved) {
        List<String> pool = new ArrayList<>(names);
        pool.removeAll(reserved);
        return new ArrayDeque<>(shuffled(pool));
    }

    private List<String> shuffled(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        // java.util.Random seeded from the layout's generator keeps the shuffle reproducible
        Collections.shuffle(copy, new Random(random.nextLong()));
        return copy;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private LocalDate date(int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay());
        return from.plusDays(random.nextInt(days + 1));
    }

    private static String code(String parentCode, String kind, int number, int digits) {
        String n = String.valueOf(number);
        return parentCode + "-" + kind + "0".repeat(Math.max(0, digits - n.length())) + n;
    }

    private static String threeDigits(int n) {
        return "0".repeat(Math.max(0, 3 - String.valueOf(n).length())) + n;
    }
}
