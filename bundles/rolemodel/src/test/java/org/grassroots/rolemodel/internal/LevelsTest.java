package org.grassroots.rolemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.grassroots.core.api.UnitType;
import org.grassroots.rolemodel.internal.Levels.Level;
import org.junit.jupiter.api.Test;

/** The recommendation climbs the service matrix: 网格 → 村居 → 街道/园区 → 区, skipping units that are no level. */
class LevelsTest {
    @Test
    void theChainIsTheLevelsAboveNearestFirst() {
        List<Level> ancestors = List.of(new Level(1, UnitType.DISTRICT), new Level(2, UnitType.STREET), new Level(3, UnitType.COMMUNITY),
                new Level(4, UnitType.BUILDING), new Level(5, UnitType.GRID));
        List<Level> chain = Levels.chain(ancestors);
        assertEquals(List.of(5L, 3L, 2L, 1L), chain.stream().map(Level::unitId).toList());
        assertEquals(2, Levels.indexOf(chain, 2));
        assertEquals(-1, Levels.indexOf(chain, 4));
    }

    @Test
    void theTierIsTheHighestLevelThatApproved() {
        assertEquals(Tier.GRASSROOTS, Levels.tierOf(UnitType.COMMUNITY));
        assertEquals(Tier.GRASSROOTS, Levels.tierOf(UnitType.GRID));
        assertEquals(Tier.STREET, Levels.tierOf(UnitType.PARK));
        assertEquals(Tier.DISTRICT, Levels.tierOf(UnitType.DISTRICT));
        assertEquals(Tier.STREET, Levels.higher(Tier.GRASSROOTS, Tier.STREET));
        assertEquals(Tier.DISTRICT, Levels.higher(Tier.DISTRICT, Tier.STREET));
        assertEquals(Tier.GRASSROOTS, Levels.higher(null, Tier.GRASSROOTS));
    }
}
