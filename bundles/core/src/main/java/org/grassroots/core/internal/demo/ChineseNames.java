package org.grassroots.core.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.grassroots.core.api.Sex;

/** Pools of plausible Chinese names for people, villages, communities, buildings and companies. */
final class ChineseNames {

    /** Common surnames, roughly by frequency in Shandong; {@link #surname} favours the front of the list. */
    private static final String SURNAMES =
            "王李张刘陈杨赵孙徐马朱胡郭高林周吴黄宋于韩曹田董袁冯邓许魏吕丁任姜崔程孟郝侯贾范石谢唐梁尹薛闫段秦蒋杜邵宫毕鞠牟房";
    private static final String MALE_GIVEN = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁浩凯健俊峰建国文东林志海成龙兵振宇博晨阳泽昊然洋庆春德福祥永";
    private static final String FEMALE_GIVEN = "芳娜敏静丽艳娟霞燕玲婷雪慧颖琳晶欣倩洁红梅莉萍蕾悦彤璐瑶佳雨思可琪月秀英兰凤玉";
    private static final String SHARED_GIVEN = "文海晓春新嘉子一安立雅佳金晨瑞";

    private static final String VILLAGE_PREFIXES = "王李张刘孙马郭韩赵杨董高吴宋冯石邢梁孟侯曹尹魏牛朱徐贾丁鲍苗葛卢";
    private static final List<String> VILLAGE_SUFFIXES = List.of("家庄", "家坊", "家寨", "家楼", "家洼", "家屯", "家岭",
            "家峪", "家埠", "家河", "家沟", "官庄", "家店", "家营", "家园");

    private static final List<String> COMMUNITY_STEMS = List.of("舜华", "舜泰", "舜苑", "新宇", "汉峪", "奥龙", "龙奥",
            "丁豪", "崇华", "世纪", "春晖", "雅居", "金谷", "东城", "彩虹", "海晏", "锦绣", "和谐", "颐泽", "章锦", "祥泰",
            "鸿腾", "逸家", "翡翠", "康虹", "尚品", "雪山", "盛福", "涵玉", "华山", "凤鸣", "锦屏", "康城", "龙湖", "春秀",
            "嘉园", "中润", "奥体", "新东", "润华", "万象", "瑞景", "文苑", "翠屏", "御景", "泉润", "会展", "雅苑", "紫薇",
            "银丰", "开元", "绿洲", "森林", "花园", "明湖", "天泰", "龙鼎", "恒泰", "幸福", "和美");

    private static final List<String> BUILDING_STEMS = List.of("鑫茂", "汇统", "华强", "中科", "泰鑫", "盛世", "创新",
            "智汇", "天业", "中润", "鼎盛", "凯旋", "环球", "国瑞", "丰奥", "名士", "汇源", "新材料", "科创", "金域");
    private static final List<String> BUILDING_SUFFIXES = List.of("大厦", "广场", "国际中心", "科技大厦");

    /** Characters for company brands; two distinct ones make a name such as 华瑞 or 恒泰. */
    private static final String BRAND_CHARACTERS = "华瑞恒泰鑫源博远宏达天成金诚浩宇聚能中晟正元德润祥汇通嘉禾泓信启明卓越昊锦程新航创力精工鲁齐泉海盛安";

    private static final String NUMERALS = "一二三四五六七八九";

    private ChineseNames() {
    }

    /** A person's name: a surname and a one- or two-character given name matching the sex. */
    static String person(SplittableRandom random, Sex sex) {
        String pool = sex == Sex.MALE ? MALE_GIVEN : FEMALE_GIVEN;
        StringBuilder name = new StringBuilder(3).append(surname(random));
        if (random.nextInt(100) < 65) {
            name.append(charFrom(random, random.nextBoolean() ? SHARED_GIVEN : pool));
        }
        return name.append(charFrom(random, pool)).toString();
    }

    /** Skewed towards the common surnames: the square of a uniform number lands near the front more often. */
    private static char surname(SplittableRandom random) {
        double u = random.nextDouble();
        return SURNAMES.charAt((int) (u * u * SURNAMES.length()));
    }

    /** Every village name the pool can form (e.g. 王家庄村), in a fixed order. */
    static List<String> allVillageNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < VILLAGE_PREFIXES.length(); i++) {
            for (String suffix : VILLAGE_SUFFIXES) {
                names.add(VILLAGE_PREFIXES.charAt(i) + suffix + "村");
            }
        }
        return names;
    }

    /** Every community name the pool can form (e.g. 春晖社区), in a fixed order. */
    static List<String> allCommunityNames() {
        return COMMUNITY_STEMS.stream().map(stem -> stem + "社区").toList();
    }

    /** Every ordinary office-building name the pool can form (e.g. 鑫茂大厦), in a fixed order. */
    static List<String> allBuildingNames() {
        List<String> names = new ArrayList<>();
        for (String stem : BUILDING_STEMS) {
            for (String suffix : BUILDING_SUFFIXES) {
                names.add(stem + suffix);
            }
        }
        return names;
    }

    /** A company name such as 济南华瑞智能装备有限公司; large companies are more often joint-stock. */
    static String company(SplittableRandom random, String industry, boolean large) {
        char first = charFrom(random, BRAND_CHARACTERS);
        char second;
        do {
            second = charFrom(random, BRAND_CHARACTERS);
        } while (second == first);
        String place = random.nextInt(4) == 0 ? "山东" : "济南";
        String form = large && random.nextBoolean() ? "股份有限公司" : "有限公司";
        return place + first + second + industry + form;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1 to 99). */
    static String numeral(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("numerals are written for 1 to 99, not " + n);
        }
        int tens = n / 10;
        int units = n % 10;
        String tensPart = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(NUMERALS.charAt(tens - 1))) + "十";
        return tensPart + (units == 0 ? "" : String.valueOf(NUMERALS.charAt(units - 1)));
    }

    private static char charFrom(SplittableRandom random, String pool) {
        return pool.charAt(random.nextInt(pool.length()));
    }
}
