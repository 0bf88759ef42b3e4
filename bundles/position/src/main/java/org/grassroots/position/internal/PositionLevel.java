package org.grassroots.position.internal;

import java.util.List;

import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * The level of a position in the service matrix 区 — 街道(园区) — 村居(社区、企业) — 网格(小区): each level is hosted by
 * units of certain types only (a street-park position by a street or a park, a grid position by a grid).
 */
public enum PositionLevel implements Labelled {
    DISTRICT("区级", "District", List.of(UnitType.DISTRICT)),
    STREET_PARK("街道（园区）级", "Street / park", List.of(UnitType.STREET, UnitType.PARK)),
    VILLAGE_COMMUNITY("村居（社区、企业）级", "Village / community / enterprise",
            List.of(UnitType.VILLAGE, UnitType.COMMUNITY, UnitType.ENTERPRISE, UnitType.BUILDING,
                    UnitType.SOCIAL_ORGANIZATION, UnitType.INSTITUTION)),
    GRID("网格（小区）级", "Grid", List.of(UnitType.GRID));

    private final LocalizedText labels;
    private final List<UnitType> hosts;

    PositionLevel(String zhCN, String en, List<UnitType> hosts) {
        this.labels = LocalizedText.of(zhCN, en);
        this.hosts = hosts;
    }

    /** The unit types that may host a position of this level. */
    public List<UnitType> hosts() {
        return hosts;
    }

    public boolean agrees(UnitType hostType) {
        return hosts.contains(hostType);
    }

    /** The level a unit of this type hosts. */
    public static PositionLevel of(UnitType type) {
        for (PositionLevel level : values()) {
            if (level.agrees(type)) {
                return level;
            }
        }
        throw new IllegalArgumentException("no level for " + type);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
