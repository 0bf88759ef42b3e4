package org.grassroots.buildings.internal;

import java.util.List;
import java.util.Set;

/**
 * What the demo knows of the district's buildings beyond core's tree: the report's 10 demonstration buildings
 * (博晶大厦, 互联网大健康 … along 经十路 and 舜华路), which street or park lies on which line of the belt, and the
 * names the demo gives to committee members and to enterprises that moved out earlier.
 */
final class DemoBuildings {
    /** The 10 demonstration buildings of the 一纵一横 belt (named in core's demo district). */
    static final List<String> DEMONSTRATION = List.of("博晶大厦", "互联网大健康", "齐鲁软件大厦", "银荷大厦", "舜泰广场",
            "数码港大厦", "奥盛大厦", "章锦国际商务中心", "汉峪金谷金融商务中心", "汉峪金谷创新大厦");
    /** Streets and parks whose buildings stand along 舜华路 (the vertical line). */
    static final Set<String> SHUNHUA = Set.of("舜华路街道");
    /** Streets and parks whose buildings stand along 经十路 (the horizontal line). */
    static final Set<String> JINGSHI = Set.of("章锦街道", "汉峪金谷");

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭");
    static final List<String> GIVEN = List.of("伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
            "超", "秀英", "华", "建国", "志强", "晓东", "海燕", "红梅", "立新");
    static final List<String> PROPERTY = List.of("万科物业", "绿城物业", "保利物业", "银丰物业", "鲁商物业", "高新城市服务");
    static final List<String> FORMER_TENANTS = List.of("泉城云智科技有限公司", "齐鲁数联信息技术有限公司", "山东华信软件有限公司",
            "济南创客文化传媒有限公司", "山东鲁信咨询服务有限公司", "济南汇通人力资源有限公司", "山东卓远网络科技有限公司",
            "济南博瑞教育科技有限公司");
    static final List<String> MOVE_OUT_REASONS = List.of("扩大经营迁至产业园", "租期届满", "公司注销", "迁往外地总部");
    static final List<String> TOPICS = List.of("楼宇党建工作季度推进会", "楼宇停车与消防安全议事", "入驻企业人才服务对接",
            "楼宇党群服务站共建", "职工关爱与文体活动安排", "新入驻企业党组织组建");
    static final List<String> DECISIONS = List.of("完善楼宇消防通道标识", "协调增设职工午休区", "组织入驻企业人才政策宣讲",
            "推动新入驻企业建立党组织", "开展“楼宇先锋”志愿服务", "优化楼宇停车错峰方案", "建立企业诉求月度收集机制",
            "举办楼宇职工联谊活动");
    static final List<String> UPGRADE_TASKS = List.of("党群服务站提档升级", "楼宇党建展示区建设", "楼委会议事规则修订",
            "党建指导员联系企业全覆盖", "“红色物业”服务品牌打造");

    private DemoBuildings() {
    }
}
