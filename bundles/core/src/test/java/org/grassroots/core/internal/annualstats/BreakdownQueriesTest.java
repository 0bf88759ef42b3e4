package org.grassroots.core.internal.annualstats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.grassroots.core.api.annualstats.MemberChange;
import org.grassroots.core.api.annualstats.MemberChange.Direction;
import org.grassroots.core.api.annualstats.StatRow;
import org.grassroots.core.api.annualstats.StatTable;
import org.grassroots.core.api.module.LocalizedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The breakdown queries on a real Derby schema: a district with two streets; each table of the first street counts
 * its members only, sums to the member total, places ages in the forms' bands on the year's last day, counts a
 * member fully admitted after the year as probationary, and leaves out members who joined after the year.
 */
class BreakdownQueriesTest {
    private DerbySql db;

    @BeforeEach
    void district() {
        db = new DerbySql();
        db.unit(1, null, "高新区", "DISTRICT", "WORKING_COMMITTEE", null);
        db.unit(2, 1L, "孙村街道", "STREET", "COMMITTEE", "URBAN_COMMUNITY");
        db.unit(3, 2L, "一村", "VILLAGE", "BRANCH", "RURAL");
        db.unit(4, 2L, "网格", "GRID", "NONE", null);
        db.unit(5, 1L, "舜华路街道", "STREET", "COMMITTEE", "URBAN_COMMUNITY");
        // 2024-12-31: 30 years old (born 1994-12-31) is in the first band; born 1994-12-30 would be too
        db.member(10, 3, "MALE", "汉族", LocalDate.of(1994, 12, 31), "大学本科", "FULL", LocalDate.of(2015, 5, 1),
                LocalDate.of(2016, 5, 1), "村民");
        // 31 on the last day: second band
        db.member(11, 3, "FEMALE", "回族", LocalDate.of(1993, 12, 31), "研究生", "FULL", LocalDate.of(2015, 5, 1),
                LocalDate.of(2016, 5, 1), "村民");
        // full since 2025: probationary on 2024-12-31; admitted in 2024
        db.member(12, 3, "FEMALE", null, LocalDate.of(1950, 1, 1), "初中", "FULL", LocalDate.of(2024, 3, 1),
                LocalDate.of(2025, 3, 1), null);
        db.member(13, 2, "MALE", "汉族", LocalDate.of(1960, 6, 1), "硕士", "PROBATIONARY", LocalDate.of(2024, 8, 1), null, "职员");
        // joined in 2025: not in the 2024 tables
        db.member(14, 2, "MALE", "汉族", LocalDate.of(1990, 6, 1), "大专", "PROBATIONARY", LocalDate.of(2025, 2, 1), null, "职员");
        // another street
        db.member(15, 5, "MALE", "汉族", LocalDate.of(1980, 6, 1), "大专", "FULL", LocalDate.of(2001, 2, 1), null, "职员");
        // 15 moved from street 5 into the village in 2024, 10 from the village to street 5 (and back) in 2023
        db.transfer(1, 15, 5, 3, LocalDate.of(2024, 6, 1));
        db.transfer(2, 10, 3, 5, LocalDate.of(2023, 6, 1));
        db.transfer(3, 11, 3, 2, LocalDate.of(2024, 6, 1));
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void everyMemberTableSumsToTheMembersOfTheSubtreeAtTheYearsEnd() {
        BreakdownQueries street = new BreakdownQueries(db, "/1/2/", 2024);
        assertEquals(4, street.memberTotal());
        for (StatTable table : street.memberTables()) {
            assertEquals(4, table.total(), table.id());
            assertEquals(4, table.rows().stream().mapToLong(StatRow::count).sum(), table.id());
        }
        assertEquals(5, new BreakdownQueries(db, "/1/", 2024).memberTotal());
        assertEquals(6, new BreakdownQueries(db, "/1/", 2025).memberTotal());
    }

    @Test
    void breakdownsCountByTheStandardKeys() {
        Map<String, Map<String, Long>> t = tables(new BreakdownQueries(db, "/1/2/", 2024).memberTables());
        assertEquals(Map.of("MALE", 2L, "FEMALE", 2L), t.get("members.sex"));
        assertEquals(1L, t.get("members.age").get("0-30"));
        assertEquals(1L, t.get("members.age").get("31-35"));
        assertEquals(1L, t.get("members.age").get("61-70"));
        assertEquals(1L, t.get("members.age").get("71-80"));
        assertEquals(0L, t.get("members.age").get("81+"));
        assertEquals(Map.of("FULL", 2L, "PROBATIONARY", 2L), t.get("members.category"));
        // the forms' order first (with zeros), other texts after, "not given" last
        assertEquals(List.of("研究生", "大学本科", "大专", "中专", "高中", "初中", "小学", "硕士"),
                List.copyOf(t.get("members.education").keySet()));
        assertEquals(Map.of("汉族", 2L, "回族", 1L, "UNKNOWN", 1L), t.get("members.ethnicity"));
        assertEquals(Map.of("村民", 2L, "职员", 1L, "UNKNOWN", 1L), t.get("members.post"));
    }

    @Test
    void organizationsAreCountedByTypeAndDomainInTheSubtree() {
        BreakdownQueries street = new BreakdownQueries(db, "/1/2/", 2024);
        assertEquals(2, street.partyOrganizationTotal());
        Map<String, Map<String, Long>> t = tables(street.organizationTables());
        assertEquals(1L, t.get("organizations.party-org-type").get("COMMITTEE"));
        assertEquals(1L, t.get("organizations.party-org-type").get("BRANCH"));
        assertEquals(false, t.get("organizations.party-org-type").containsKey("NONE"));
        assertEquals(1L, t.get("organizations.domain").get("RURAL"));
        assertEquals(3L, t.get("organizations.unit-type").values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void changesCountAdmissionsAndTransfersAcrossTheSubtreesBorder() {
        List<MemberChange> village = new ChangeQueries(db, "/1/2/3/", 2024).coreChanges();
        assertEquals(Map.of("core.admitted", 1L, "core.transfer-in", 1L, "core.transfer-out", 1L), counts(village));
        // within the street the move from the village to the street office crosses no border
        List<MemberChange> street = new ChangeQueries(db, "/1/2/", 2024).coreChanges();
        assertEquals(Map.of("core.admitted", 2L, "core.transfer-in", 1L, "core.transfer-out", 0L), counts(street));
        List<StatTable> tables = ChangeQueries.tables(List.of(street.get(0), street.get(1), street.get(2),
                new MemberChange(Direction.REDUCED, "membership.DEATH", LocalizedText.of("死亡", "Death"), 3),
                new MemberChange(Direction.REDUCED, "membership.DEATH", LocalizedText.of("死亡", "Death"), 3)));
        assertEquals(3, tables.get(0).total());
        assertEquals(3, tables.get(1).total());
        assertEquals(2, tables.get(1).rows().size());
    }

    private static Map<String, Long> counts(List<MemberChange> changes) {
        return changes.stream().collect(Collectors.toMap(MemberChange::reason, MemberChange::count));
    }

    private static Map<String, Map<String, Long>> tables(List<StatTable> tables) {
        Map<String, Map<String, Long>> all = new java.util.LinkedHashMap<>();
        for (StatTable table : tables) {
            Map<String, Long> rows = new java.util.LinkedHashMap<>();
            table.rows().forEach(r -> rows.put(r.key(), r.count()));
            all.put(table.id(), rows);
        }
        return all;
    }
}
