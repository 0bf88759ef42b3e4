package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/**
 * No code of the module reaches a screen without its zh-CN and English label, and every message exists in both
 * languages.
 */
class LabelsTest {
    @Test
    void everyEnumAndFixedBreakdownKeyIsLabelled() {
        ModuleLabelsCheck.check(DuesModule.describe("1.0.0"), DuesModule.class, "sixMonths", "fewer");
    }

    @Test
    void everyMessageHasBothLanguagesWithTheSameArguments() {
        ModuleLabelsCheck.messages(DuesText.class);
    }

    @Test
    void argumentsAreRenderedInTheMessagesLanguageWithLabelsForCodes() {
        assertEquals("cannot Settle a month that is Settled; allowed: Reopen",
                DuesText.TEXT.in(Locale.ENGLISH, "month.illegal", MonthAction.SETTLE, MonthStatus.SETTLED, MonthAction.REOPEN));
        assertEquals("当前月份状态为“已结算”，不能“结算”；可执行：重新开启",
                DuesText.TEXT.in(Locale.SIMPLIFIED_CHINESE, "month.illegal", MonthAction.SETTLE, MonthStatus.SETTLED, MonthAction.REOPEN));
        assertEquals("the amount due is 12.50 yuan; pay more as voluntary extra dues", DuesText.TEXT.in(Locale.ENGLISH, "pay.amount", "12.50"));
    }
}
