package org.grassroots.core.internal.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Who the members of a kind of unit are: villagers are older and mostly local, employees of the parks are
 * young and well educated, and so on. The shares are plausible guesses, not statistics.
 */
enum MemberProfile {

    VILLAGERS(new double[] {24, 26, 20, 14, 13, 3}, 0.72, 0.92,
            Weighted.<String>builder().add("小学", 8).add("初中", 30).add("高中", 25).add("中专", 10)
                    .add("大专", 15).add("大学本科", 11).add("研究生", 1).build(),
            Weighted.<String>builder().add("村民", 60).add("种植户", 12).add("个体经营户", 8).add("村民小组长", 6)
                    .add("村委委员", 4).add("外出务工", 6).add("退休人员", 4).build()),

    RESIDENTS(new double[] {20, 20, 17, 20, 19, 4}, 0.58, 0.5,
            Weighted.<String>builder().add("初中", 10).add("高中", 20).add("中专", 10).add("大专", 25)
                    .add("大学本科", 28).add("研究生", 7).build(),
            Weighted.<String>builder().add("退休人员", 35).add("居民", 20).add("企业职工", 20).add("个体经营户", 8)
                    .add("社区工作者", 5).add("教师", 4).add("楼长", 4).add("志愿者", 4).build()),

    EMPLOYEES(new double[] {0, 5, 15, 35, 40, 5}, 0.64, 0.3,
            Weighted.<String>builder().add("高中", 3).add("中专", 4).add("大专", 20).add("大学本科", 53)
                    .add("研究生", 20).build(),
            Weighted.<String>builder().add("工程师", 20).add("软件工程师", 15).add("研发人员", 12).add("技术员", 12)
                    .add("职员", 15).add("项目经理", 10).add("销售经理", 8).add("财务人员", 6).add("人力资源专员", 5)
                    .add("生产主管", 5).build()),

    CIVIL_SERVANTS(new double[] {0, 12, 25, 30, 30, 3}, 0.55, 0.4,
            Weighted.<String>builder().add("大专", 10).add("大学本科", 60).add("研究生", 30).build(),
            Weighted.<String>builder().add("科员", 35).add("办事员", 15).add("科长", 10).add("副科长", 8)
                    .add("四级主任科员", 8).add("网格员", 8).add("综合执法队员", 8).add("窗口服务人员", 8).build()),

    TEACHERS(new double[] {0, 12, 25, 30, 30, 3}, 0.35, 0.4,
            Weighted.<String>builder().add("大专", 10).add("大学本科", 65).add("研究生", 25).build(),
            Weighted.<String>builder().add("教师", 70).add("班主任", 15).add("教研组长", 8).add("后勤管理", 7).build()),

    MEDICAL_STAFF(new double[] {0, 12, 25, 30, 30, 3}, 0.4, 0.4,
            Weighted.<String>builder().add("大专", 15).add("大学本科", 55).add("研究生", 30).build(),
            Weighted.<String>builder().add("医生", 40).add("护士", 35).add("医技人员", 10).add("药剂师", 8)
                    .add("行政人员", 7).build()),

    /** 新就业群体: riders, couriers, ride-hailing drivers, organised by trade. */
    NEW_EMPLOYMENT(new double[] {0, 2, 13, 40, 40, 5}, 0.9, 0.2,
            Weighted.<String>builder().add("初中", 15).add("高中", 35).add("中专", 20).add("大专", 22)
                    .add("大学本科", 8).build(),
            Weighted.<String>builder().add("站点负责人", 40).add("调度员", 35).add("客服专员", 25).build());

    /** Decades of birth: the 1950s, 60s, 70s, 80s, 90s and 2000-2003. */
    private static final int FIRST_BIRTH_DECADE = 1950;
    private static final List<Integer> YEARS_IN_DECADE = List.of(10, 10, 10, 10, 10, 4);

    private final Weighted<Integer> birthDecade;
    private final double maleShare;
    private final double localShare;
    private final Weighted<String> education;
    private final Weighted<String> post;

    MemberProfile(double[] decadeWeights, double maleShare, double localShare, Weighted<String> education,
                  Weighted<String> post) {
        Weighted.Builder<Integer> decades = Weighted.builder();
        for (int i = 0; i < decadeWeights.length; i++) {
            decades.add(i, decadeWeights[i]);
        }
        this.birthDecade = decades.build();
        this.maleShare = maleShare;
        this.localShare = localShare;
        this.education = education;
        this.post = post;
    }

    int birthYear(SplittableRandom random) {
        int decade = birthDecade.pick(random);
        return FIRST_BIRTH_DECADE + 10 * decade + random.nextInt(YEARS_IN_DECADE.get(decade));
    }

    double maleShare() {
        return maleShare;
    }

    /** Share of members born in the zone's own area (address code 370112, 历城区) rather than elsewhere. */
    double localShare() {
        return localShare;
    }

    Weighted<String> education() {
        return education;
    }

    Weighted<String> post() {
        return post;
    }
}
