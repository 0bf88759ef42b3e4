package org.grassroots.community.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The checklist of a "骑手友好社区" (the items a unit requires are configurable, see RiderChecklist). */
public enum RiderCriterion implements Labelled {
    STATION("设有暖新驿站或服务点", "Has a station or service point"),
    ACCESS("小区通行便利（骑手通行证、指引图）", "Easy access (rider passes, way-finding maps)"),
    PARKING("设置电动车停放充电点", "E-bike parking and charging"),
    REST("提供休息、饮水、热饭等服务", "Rest, water and meals offered"),
    VOICE("骑手参与社区治理（议事会、志愿服务）", "Riders take part in community affairs"),
    CARE("关爱帮扶机制（走访、困难帮扶）", "Care and support for riders");

    private final LocalizedText labels;

    RiderCriterion(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
