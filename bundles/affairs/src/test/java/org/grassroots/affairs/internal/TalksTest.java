package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

/** A talk needs its day (not in the future) and its topic; the coverage is a percentage with one decimal. */
class TalksTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @Test
    void aTalkNamesItsDayAndTopic() {
        FieldErrors ok = AffairsText.errors();
        Talks.check(new TalkDraft(1L, 2L, 3L, TODAY, "思想动态和工作困难", null), TODAY, ok);
        assertTrue(ok.isEmpty());
        FieldErrors bad = AffairsText.errors();
        Talks.check(new TalkDraft(1L, 2L, 3L, TODAY.plusDays(1), " ", "x".repeat(2001)), TODAY, bad);
        ValidationException e = assertThrows(ValidationException.class, bad::throwIfAny);
        String text = e.toString() + e.getMessage();
        assertTrue(e.errors().stream().map(f -> f.field()).toList().containsAll(java.util.List.of("heldOn", "topic", "notes")), text);
    }

    @Test
    void coverageIsRoundedToOneDecimal() {
        assertEquals(66.7, Talks.percent(2, 3));
        assertEquals(0.0, Talks.percent(0, 0));
        assertEquals(100.0, Talks.percent(5, 5));
    }
}
