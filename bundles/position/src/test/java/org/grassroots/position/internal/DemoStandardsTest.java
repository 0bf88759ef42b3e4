package org.grassroots.position.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UnitType;
import org.junit.jupiter.api.Test;

/**
 * The demo's standards per copy of the demo district: the first copy's are the ones the demo always had, every other
 * copy's codes differ (codes are unique by version), their checklists are the same.
 */
class DemoStandardsTest {
    private static final Organization FIRST = district(11, "JNGX", "济南高新区");
    private static final Organization SECOND = district(12, "JC02", "济南高新区（副本2）");

    @Test
    void theFirstCopyKeepsTheDemosStandards() {
        assertEquals("JNGX-SQ", DemoStandards.community(FIRST).code());
        assertEquals("济南高新区社区党群服务阵地亲民化改造提升指导意见", DemoStandards.community(FIRST).name());
        assertEquals("JNGX-SQ", DemoStandards.communityVersion2(FIRST).code());
        assertEquals("济南高新区社区党群服务阵地亲民化改造提升指导意见（2025年修订）", DemoStandards.communityVersion2(FIRST).name());
        assertEquals("JNGX-XX", DemoStandards.emerging(FIRST).code());
        assertEquals("济南高新区新兴领域党群服务阵地建设管理使用指导标准（试行）", DemoStandards.emerging(FIRST).name());
    }

    @Test
    void everyCopyHasCodesOfItsOwnAndTheSameChecklists() {
        Set<String> codes = Stream.of(FIRST, SECOND)
                .flatMap(d -> Stream.of(DemoStandards.communityCode(d), DemoStandards.emergingCode(d)))
                .collect(Collectors.toSet());
        assertEquals(Set.of("JNGX-SQ", "JNGX-XX", "JC02-SQ", "JC02-XX"), codes);
        // the pattern Standards.issue accepts
        codes.forEach(code -> assertTrue(code.matches("[A-Z][A-Z0-9-]{1,39}"), code));
        assertEquals("济南高新区（副本2）社区党群服务阵地亲民化改造提升指导意见", DemoStandards.community(SECOND).name());
        assertEquals(DemoStandards.community(FIRST).items(), DemoStandards.community(SECOND).items());
        assertEquals(DemoStandards.communityVersion2(FIRST).items(), DemoStandards.communityVersion2(SECOND).items());
        assertEquals(DemoStandards.emerging(FIRST).items(), DemoStandards.emerging(SECOND).items());
        for (StandardDraft draft : List.of(DemoStandards.community(SECOND), DemoStandards.communityVersion2(SECOND),
                DemoStandards.emerging(SECOND))) {
            assertEquals(0, BigDecimal.valueOf(100).compareTo(draft.items().stream().map(StandardItemDraft::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)), draft.code());
        }
    }

    private static Organization district(long id, String code, String name) {
        return new Organization(id, code, name, 1L, "/1/" + id + "/", 1, UnitType.DISTRICT, null, null, null, null, null,
                OrgStatus.ACTIVE, 0);
    }
}
