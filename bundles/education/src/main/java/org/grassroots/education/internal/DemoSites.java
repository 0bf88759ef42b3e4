package org.grassroots.education.internal;

import java.util.List;

/**
 * The demo district's practice teaching sites and routes. The report (work record 2024) names five of the 28 sites
 * (两新组织党建学院, "悦享家"融合共建综合体, 智造谷"工业社区", 四风闸农文旅融合阵地, 辛弃疾纪念馆) and the four route
 * themes; the other sites are invented, each hosted by a unit of core's demo district (by name; the district when
 * that unit is missing). Seven approved sites per route; two more sites show the review (one waiting, one rejected).
 */
final class DemoSites {
    /** name, category, host unit's name, capacity. */
    record Planned(String name, String category, String host, int capacity) {
    }

    record PlannedRoute(String name, String theme, int durationMinutes, String schedule, List<Planned> sites) {
    }

    static final List<PlannedRoute> ROUTES = List.of(
            new PlannedRoute("党员教育精品路线一", "品质城市·活力高新", 240, "上午：两新组织党建学院、“悦享家”综合体；下午：舜颖社区、楼宇党建示范点", List.of(
                    new Planned("两新组织党建学院", "PARTY_SERVICE", "舜华路街道", 200),
                    new Planned("“悦享家”融合共建综合体", "PARTY_SERVICE", "舜颖社区", 120),
                    new Planned("舜颖社区党群服务中心", "PARTY_SERVICE", "舜颖社区", 80),
                    new Planned("博晶大厦楼宇党建示范点", "PARTY_SERVICE", "博晶大厦", 60),
                    new Planned("凤凰国际社区“幸福家园”党群服务站", "PARTY_SERVICE", "凤凰国际社区", 60),
                    new Planned("章锦国际商务中心党群服务站", "PARTY_SERVICE", "章锦街道", 80),
                    new Planned("高新区党群服务中心", "PARTY_SERVICE", "济南高新区", 300))),
            new PlannedRoute("党员教育精品路线二", "产城融合·科技高新", 300, "智造谷工业社区—药谷—算谷—齐鲁软件园—汉峪金谷", List.of(
                    new Planned("智造谷“工业社区”", "SCI_TECH", "智造谷产业园", 150),
                    new Planned("药谷党建引领产业创新展厅", "SCI_TECH", "药谷产业园", 100),
                    new Planned("算谷数字经济党建馆", "SCI_TECH", "算谷产业园", 100),
                    new Planned("齐鲁软件园党群服务中心", "SCI_TECH", "齐鲁软件园", 120),
                    new Planned("汉峪金谷金融党建示范带", "SCI_TECH", "汉峪金谷", 80),
                    new Planned("互联网大健康楼宇党建阵地", "SCI_TECH", "互联网大健康", 60),
                    new Planned("高新区科技成果转化展示中心", "SCI_TECH", "济南高新区", 150))),
            new PlannedRoute("党员教育精品路线三", "特色乡村·绿色高新", 360, "四风闸—间家坊—巨野河—遥墙—临港—港沟—彩石", List.of(
                    new Planned("四风闸农文旅融合阵地", "AGRI_TOURISM", "四风闸村", 200),
                    new Planned("间家坊村乡村振兴展馆", "AGRI_TOURISM", "间家坊村", 80),
                    new Planned("巨野河街道强村共富示范园", "AGRI_TOURISM", "巨野河街道", 100),
                    new Planned("遥墙街道临空乡村振兴实践基地", "AGRI_TOURISM", "遥墙街道", 100),
                    new Planned("临港街道生态农业党建示范园", "AGRI_TOURISM", "临港街道", 80),
                    new Planned("港沟街道美丽乡村党建廊", "AGRI_TOURISM", "港沟街道", 60),
                    new Planned("彩石街道山区党建教育基地", "AGRI_TOURISM", "彩石街道", 60))),
            new PlannedRoute("党员教育精品路线四", "历史印记·底蕴高新", 300, "辛弃疾纪念馆—四风闸红色记忆馆—孙村—港沟—巨野河—临港—彩石", List.of(
                    new Planned("辛弃疾纪念馆", "HISTORY", "遥墙街道", 150),
                    new Planned("四风闸红色记忆馆", "RED_CULTURE", "四风闸村", 60),
                    new Planned("孙村街道革命传统教育基地", "RED_CULTURE", "孙村街道", 80),
                    new Planned("港沟街道党史学习教育馆", "RED_CULTURE", "港沟街道", 80),
                    new Planned("巨野河街道村史馆", "HISTORY", "巨野河街道", 50),
                    new Planned("临港街道红色文化广场", "RED_CULTURE", "临港街道", 200),
                    new Planned("彩石街道抗战纪念地", "RED_CULTURE", "彩石街道", 60))));

    /** Proposed and not (yet) approved: they do not count. */
    static final Planned WAITING = new Planned("章锦街道新时代文明实践站", "PARTY_SERVICE", "章锦街道", 50);
    static final Planned REJECTED = new Planned("港沟街道社区党建长廊", "PARTY_SERVICE", "港沟街道", 30);

    private DemoSites() {
    }
}
