package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.grassroots.core.api.Sex;
import org.junit.jupiter.api.Test;

/** A ledger row has a cell for every header, in Chinese, with the personal data as the list masked it. */
class LedgersTest {
    @Test
    void aDevelopmentFileRowFollowsTheHeaders() {
        DevelopmentFile f = new DevelopmentFile(1, 3, "孙村街道第一党支部", "王五", Sex.FEMALE, LocalDate.of(1998, 4, 2),
                "370102********1234", "138****5678", "本科", Stage.PROBATIONARY, LocalDate.of(2022, 3, 1), 11L, 12L, 13L, 14L,
                "370100000012", 99L, LocalDate.of(2024, 6, 20), LocalDate.of(2025, 6, 20), null, false, List.of(),
                Instant.EPOCH, "admin", 4);
        List<String> row = Ledgers.fileRow(f);
        assertEquals(Ledgers.FILE_HEADERS.size(), row.size());
        assertEquals(List.of("王五", "女", "1998-04-02", "370102********1234", "138****5678", "孙村街道第一党支部", "预备党员",
                "2022-03-01", "370100000012", "2024-06-20", "2025-06-20"), row.subList(0, 11));
        assertNull(row.get(11));
    }

    @Test
    void aMobileMemberRowFollowsTheHeaders() {
        Mobile m = new Mobile(2, MobileDirection.OUTFLOW, 7L, "赵六", 3, "孙村街道第一党支部", "上海市浦东新区", "务工",
                LocalDate.of(2023, 2, 1), "139****0000", "浦东新区某流动党员党支部", null, Instant.EPOCH, "admin", 1);
        List<String> row = Ledgers.mobileRow(m);
        assertEquals(Ledgers.MOBILE_HEADERS.size(), row.size());
        assertEquals("流出", row.get(1));
        assertEquals("2023-02-01", row.get(5));
        assertNull(row.get(8));
    }
}
