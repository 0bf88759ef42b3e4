package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.core.api.Organization;

/**
 * The demo's two standards, as the 2024 work record names them (济南高新区社区党群服务阵地亲民化改造提升指导意见 and
 * 济南高新区新兴领域党群服务阵地建设管理使用指导标准(试行)), with checklists over layout, functions, service mechanism
 * and unified signage; the community guideline has a second version of 2025, which changes no assessment of 2024.
 * The items are invented from the guidelines' headings; each version's weights sum to 100.
 * <p>
 * Each copy of the demo district issues its own two standards: codes are unique by version, so they are built from
 * the district's code ({@code JNGX-SQ} in the first copy, {@code JC02-SQ} in the second …), the names from its name.
 */
final class DemoStandards {
    private DemoStandards() {
    }

    /** The community guideline's code in the district ({@code JNGX-SQ}). */
    static String communityCode(Organization district) {
        return district.code() + "-SQ";
    }

    /** The emerging-field standard's code in the district ({@code JNGX-XX}). */
    static String emergingCode(Organization district) {
        return district.code() + "-XX";
    }

    static StandardDraft community(Organization district) {
        return new StandardDraft(communityCode(district), district.name() + "社区党群服务阵地亲民化改造提升指导意见",
                "区、街道、村居、网格各级党群服务阵地", LocalDate.of(2024, 3, 1), communityItems(false));
    }

    static StandardDraft communityVersion2(Organization district) {
        return new StandardDraft(communityCode(district), district.name() + "社区党群服务阵地亲民化改造提升指导意见（2025年修订）",
                "区、街道、村居、网格各级党群服务阵地", LocalDate.of(2025, 2, 20), communityItems(true));
    }

    static StandardDraft emerging(Organization district) {
        return new StandardDraft(emergingCode(district), district.name() + "新兴领域党群服务阵地建设管理使用指导标准（试行）",
                "园区、楼宇、商圈等新兴领域党群服务阵地",
                LocalDate.of(2024, 4, 15), List.of(
                        item(StandardCategory.LAYOUT, "依托园区、楼宇、商圈集中建设，覆盖周边两新组织", 15),
                        item(StandardCategory.LAYOUT, "阵地面积与服务对象规模相适应", 10),
                        item(StandardCategory.FUNCTIONS, "具备党员教育、企业服务、人才服务等基本功能", 15),
                        item(StandardCategory.FUNCTIONS, "设置暖新驿站，服务快递员、外卖骑手等新就业群体", 10),
                        item(StandardCategory.SERVICE_MECHANISM, "落实“党组织统领、社区化服务、网格化治理”", 15),
                        item(StandardCategory.SERVICE_MECHANISM, "企业诉求收集、办理、反馈机制健全", 10),
                        item(StandardCategory.SERVICE_MECHANISM, "开放时间适应企业和职工作息", 5),
                        item(StandardCategory.SIGNAGE, "统一外观标识，醒目规范", 10),
                        item(StandardCategory.SIGNAGE, "党建元素与企业文化融合展示", 10)));
    }

    private static List<StandardItemDraft> communityItems(boolean revised) {
        List<StandardItemDraft> items = new ArrayList<>(List.of(
                item(StandardCategory.LAYOUT, "阵地选址便民，位于居民集中区域、一层临街", 10),
                item(StandardCategory.LAYOUT, "压缩办公空间，服务空间不低于总面积的 80%", 10),
                item(StandardCategory.FUNCTIONS, "设置党员活动室、便民服务大厅、议事协商室等基本功能室", 15),
                item(StandardCategory.FUNCTIONS, "结合群众需求设置“一老一小”、文体活动等特色功能", 10),
                item(StandardCategory.SERVICE_MECHANISM, "错时延时服务，节假日不打烊", revised ? 5 : 10),
                item(StandardCategory.SERVICE_MECHANISM, "建立服务事项清单并公开", 10),
                item(StandardCategory.SERVICE_MECHANISM, "线上阵地（“灯塔—党建在线”）同步运行维护", 10),
                item(StandardCategory.SERVICE_MECHANISM, "共建单位和志愿力量常态参与", 5),
                item(StandardCategory.SIGNAGE, "统一外观标识和门牌", 10),
                item(StandardCategory.SIGNAGE, "功能室标识、服务指南清晰规范", 10)));
        if (revised) {
            items.add(item(StandardCategory.LAYOUT, "适老化和无障碍设施完善", 5));
        }
        return items;
    }

    private static StandardItemDraft item(StandardCategory category, String text, int weight) {
        return new StandardItemDraft(category, text, BigDecimal.valueOf(weight));
    }
}
