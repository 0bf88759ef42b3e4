package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/** Every code and every message of the module exists in Chinese and in English. */
class LabelsTest {
    @Test
    void everyEnumAndFixedBreakdownKeyIsLabelled() {
        ModuleLabelsCheck.check(AffairsModule.describe("1.0.0"), AffairsModule.class, "held", "missing", "talked", "notTalked");
    }

    @Test
    void everyMessageHasBothLanguagesWithTheSameArguments() {
        ModuleLabelsCheck.messages(AffairsText.class);
    }

    @Test
    void messagesAreFilledIn() {
        assertEquals("at most 300 characters", AffairsText.TEXT.in(java.util.Locale.ENGLISH, "text.max", 300));
        assertTrue(AffairsText.TEXT.in(java.util.Locale.ENGLISH, "meeting.type.notFor", MeetingType.DEMOCRATIC_LIFE, "第一支部", "Branch")
                .startsWith("Democratic life meeting is not held by 第一支部"));
    }
}
