package org.grassroots.rolemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The demo's review plan for its award campaigns, and the refusals of a changed campaign in both languages. */
class AwardsTest {
    @Test
    void theDemoAwardsMostPausesEveryFifthAndWithdrawsEverySeventh() {
        assertEquals(3, AwardDemoData.approvals(0, 3));
        assertEquals(2, AwardDemoData.approvals(4, 3));
        assertEquals(1, AwardDemoData.approvals(4, 1));
        assertEquals(-1, AwardDemoData.approvals(6, 3));
        assertEquals(-1, AwardDemoData.approvals(13, 2));
        int awarded = 0;
        int pending = 0;
        int withdrawn = 0;
        for (int i = 0; i < 35; i++) {
            int a = AwardDemoData.approvals(i, 3);
            awarded += a == 3 ? 1 : 0;
            pending += a == 2 ? 1 : 0;
            withdrawn += a < 0 ? 1 : 0;
        }
        // of 35: 5 withdrawn (i % 7 == 6), 6 pending (i % 5 == 4, but i = 34 is withdrawn), 24 awarded
        assertEquals(5, withdrawn);
        assertEquals(6, pending);
        assertEquals(24, awarded);
    }

    @Test
    void aQuotaBelowItsNominationsIsNamedInTheReadersLanguage() {
        assertEquals("先锋社区的“优秀共产党员”已有 2 个推荐，名额不能少于 2",
                RoleModelText.TEXT.in(Locale.SIMPLIFIED_CHINESE, "campaign.quotaBelowUsed", "先锋社区", AwardCategory.OUTSTANDING_MEMBER, 2L));
        assertEquals("Pioneer community already holds 2 nominations for Outstanding Party member: the quota cannot be below 2",
                RoleModelText.TEXT.in(Locale.ENGLISH, "campaign.quotaBelowUsed", "Pioneer community", AwardCategory.OUTSTANDING_MEMBER, 2L));
        assertEquals("已有推荐于 2024-05-06 报送，开始日期不能晚于该日",
                RoleModelText.TEXT.in(Locale.SIMPLIFIED_CHINESE, "campaign.opensAfterNominations", java.time.LocalDate.of(2024, 5, 6)));
    }
}
