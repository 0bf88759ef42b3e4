package org.grassroots.position.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class ScoreRulesTest {
    private static StandardItemEntity item(long id, int no, int weight) {
        StandardItemEntity i = new StandardItemEntity();
        i.id = id;
        i.positionNo = no;
        i.category = StandardCategory.LAYOUT;
        i.text = "item " + no;
        i.weight = BigDecimal.valueOf(weight);
        return i;
    }

    @Test
    void everyItemIsScoredOnceWithinItsWeight() {
        List<StandardItemEntity> items = List.of(item(10, 1, 40), item(11, 2, 60));
        ValidationException.Builder errors = ValidationException.builder();
        List<ScoreRules.Checked> ok = ScoreRules.check(items, List.of(new ScoreDraft(11L, new BigDecimal("55.5"), null, null),
                new ScoreDraft(10L, new BigDecimal("30"), "现场查看", null)), errors);
        assertTrue(errors.isEmpty());
        assertEquals(new BigDecimal("85.5"), ScoreRules.total(ok));
        assertEquals(new BigDecimal("100"), ScoreRules.max(items));
        assertEquals(1, ok.get(0).item().positionNo);

        ValidationException.Builder bad = ValidationException.builder();
        ScoreRules.check(items, List.of(new ScoreDraft(10L, new BigDecimal("41"), null, null), new ScoreDraft(10L, BigDecimal.ONE, null, null),
                new ScoreDraft(99L, BigDecimal.ONE, null, null), new ScoreDraft(null, null, null, null)), bad);
        List<String> fields = bad.build().errors().stream().map(e -> e.field()).toList();
        assertEquals(List.of("scores[0].score", "scores[1].itemId", "scores[2].itemId", "scores[3].itemId", "scores"), fields);
    }

    @Test
    void theGradeFollowsTheShareOfThePoints() {
        assertEquals(Grade.EXCELLENT, Grade.of(new BigDecimal("90"), new BigDecimal("100")));
        assertEquals(Grade.GOOD, Grade.of(new BigDecimal("89.9"), new BigDecimal("100")));
        assertEquals(Grade.PASS, Grade.of(new BigDecimal("66"), new BigDecimal("110")));
        assertEquals(Grade.FAIL, Grade.of(new BigDecimal("59.9"), new BigDecimal("100")));
    }

    @Test
    void theLevelMustAgreeWithTheHostsUnitType() {
        assertTrue(PositionLevel.STREET_PARK.agrees(UnitType.PARK));
        assertEquals(PositionLevel.VILLAGE_COMMUNITY, PositionLevel.of(UnitType.BUILDING));
        assertEquals(PositionLevel.GRID, PositionLevel.of(UnitType.GRID));
        assertTrue(!PositionLevel.GRID.agrees(UnitType.COMMUNITY));
        assertThrows(IllegalArgumentException.class, () -> PositionLevel.valueOf("CITY"));
    }
}
