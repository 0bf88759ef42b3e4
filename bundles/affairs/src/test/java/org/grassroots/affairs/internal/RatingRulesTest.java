package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RatingRulesTest {
    private final Map<Long, RatingEntity> lines = new HashMap<>();

    RatingRulesTest() {
        for (long id = 1; id <= 3; id++) {
            RatingEntity line = new RatingEntity();
            line.memberId = id;
            lines.put(id, line);
        }
    }

    private List<RatingRules.Refusal> check(RatingDraft d) {
        return RatingRules.check(d, "", lines, new HashMap<>(), 0);
    }

    @Test
    void aListedMemberIsRatedOnceWithARatingOrAnExcuse() {
        assertEquals(List.of(), check(new RatingDraft(1L, Rating.EXCELLENT, null, null, null)));
        assertEquals(List.of(), check(new RatingDraft(2L, null, null, null, "年内转出")));
        assertEquals("memberId", check(new RatingDraft(9L, Rating.QUALIFIED, null, null, null)).get(0).field());
        assertEquals("rating", check(new RatingDraft(1L, null, null, null, null)).get(0).field());
        assertEquals("excused", check(new RatingDraft(1L, Rating.QUALIFIED, null, null, "转出")).get(0).field());
        RatingRules.apply(lines.get(3L), new RatingDraft(3L, Rating.QUALIFIED, null, null, null), "sec", LocalDateTime.now());
        assertTrue(check(new RatingDraft(3L, Rating.EXCELLENT, null, null, null)).get(0).reason().english().contains("exactly once"));
    }

    @Test
    void unqualifiedNeedsAFollowUp() {
        assertEquals("followUp", check(new RatingDraft(1L, Rating.UNQUALIFIED, null, " ", null)).get(0).field());
        assertEquals(List.of(), check(new RatingDraft(1L, Rating.UNQUALIFIED, null, "谈话提醒，限期改正", null)));
    }

    @Test
    void theSameMemberTwiceInOneBatchIsRefused() {
        Map<Long, Integer> seen = new HashMap<>();
        assertEquals(List.of(), RatingRules.check(new RatingDraft(1L, Rating.QUALIFIED, null, null, null), "[0].", lines, seen, 0));
        List<RatingRules.Refusal> second = RatingRules.check(new RatingDraft(1L, Rating.EXCELLENT, null, null, null), "[1].", lines, seen, 1);
        assertEquals("[1].memberId", second.get(0).field());
    }

    @Test
    void spreadsheetsMayNameARatingInChineseOrByItsCode() {
        assertEquals(Rating.BASICALLY_QUALIFIED, RatingSheets.parse(" 基本合格 "));
        assertEquals(Rating.EXCELLENT, RatingSheets.parse("excellent"));
        assertEquals(null, RatingSheets.parse("很好"));
    }
}
