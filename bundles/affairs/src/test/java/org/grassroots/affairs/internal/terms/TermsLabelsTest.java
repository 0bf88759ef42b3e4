package org.grassroots.affairs.internal.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/** The terms' codes, breakdown keys and messages exist in Chinese and in English. */
class TermsLabelsTest {
    @Test
    void theReelectionBreakdownAndTheTermsEnumsAreLabelled() {
        ModuleLabelsCheck.check(AffairsModule.describe("1.0.0"), TermStatus.class, "elected", "overdue", "pending");
    }

    @Test
    void everyMessageHasBothLanguagesWithTheSameArguments() {
        ModuleLabelsCheck.messages(TermsText.class);
        assertTrue(TermsText.TEXT.in(Locale.CHINA, "election.candidates", 4, 3).startsWith("3 个名额至少需要 4 名候选人"));
        assertTrue(TermsText.TEXT.in(Locale.CHINA, "election.approval", "第一支部", ElectionTiming.EARLY, "2025-06-30", 7)
                .contains("提前换届"));
    }
}
