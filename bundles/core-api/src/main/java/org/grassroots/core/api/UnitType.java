package org.grassroots.core.api;

/** Kind of unit in the organization tree (the service matrix 区 — 街道(园区) — 村居(社区、企业) — 网格). */
public enum UnitType {
    DISTRICT("区"), STREET("街道"), PARK("园区"), VILLAGE("村"), COMMUNITY("社区"), ENTERPRISE("企业"),
    SOCIAL_ORGANIZATION("社会组织"), INSTITUTION("机关事业单位"), BUILDING("楼宇"), GRID("网格");

    private final String label;

    UnitType(String label) { this.label = label; }

    /** Chinese label, as it appears in spreadsheets and the console. */
    public String label() { return label; }

    /** Accepts the enum name (any case) or the Chinese label; {@code null} when neither matches. */
    public static UnitType parse(String text) { return Labels.parse(UnitType.class, text, UnitType::label); }
}
