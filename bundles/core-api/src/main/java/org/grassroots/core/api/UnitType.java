package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Kind of unit in the organization tree (the service matrix 区 — 街道(园区) — 村居(社区、企业) — 网格). */
public enum UnitType implements Labelled {
    DISTRICT("区", "District"), STREET("街道", "Street"), PARK("园区", "Park"), VILLAGE("村", "Village"), COMMUNITY("社区", "Community"), ENTERPRISE("企业", "Enterprise"),
    SOCIAL_ORGANIZATION("社会组织", "Social organization"), INSTITUTION("机关事业单位", "Public institution"), BUILDING("楼宇", "Building"), GRID("网格", "Grid");

    private final LocalizedText labels;

    UnitType(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }

    /** The Chinese label (spreadsheets and the shell show it; kept on the enum for binary compatibility). */
    @Override
    public String label() { return labels.zhCN(); }

    /** Accepts the enum name (any case) or the Chinese label; {@code null} when neither matches. */
    public static UnitType parse(String text) { return Labels.parse(UnitType.class, text, UnitType::label); }
}
