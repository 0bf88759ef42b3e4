package org.grassroots.core.internal.annualstats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.Domain;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.Sex;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.annualstats.StatRow;
import org.grassroots.core.api.annualstats.StatTable;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * The member and organization tables of a subtree as of a year's last day, each one SQL query filtered by the
 * subtree's path ({@code LIKE '/1/7/%'}) on the member's own path copy or the unit's path. Core keeps members as
 * they are now, so "as of" means: members recorded now in the subtree who had joined by that day, counted as
 * probationary when their full membership came later; Party organizations active now, founded by that day.
 */
final class BreakdownQueries {
    /** The upper ages of the bands of the statistics forms (30 and under, 31-35, ..., 81 and over). */
    static final int[] AGE_BAND_TOPS = { 30, 35, 40, 45, 50, 55, 60, 70, 80 };
    /** Education from the highest down, the order of the forms; other stored texts follow by count. */
    static final List<String> EDUCATION_ORDER = List.of("研究生", "大学本科", "大专", "中专", "高中", "初中", "小学");
    static final String UNKNOWN = "";

    /**
     * The roll as of the year's end: joined by then, and not off the roll (a member who left, MemberStatus.LEFT, is
     * counted in the reduced table instead; one who left after the year is left out too, until core dates statuses).
     */
    private static final String MEMBERS = " FROM CORE_MEMBER WHERE ORG_PATH LIKE ? AND JOINED_ON <= ? AND STATUS <> 'LEFT'";
    private static final String PARTY_ORGS = " FROM CORE_ORGANIZATION WHERE PATH LIKE ? AND PARTY_ORG_TYPE <> 'NONE'"
            + " AND STATUS = 'ACTIVE' AND (FOUNDED_ON IS NULL OR FOUNDED_ON <= ?)";
    private static final String UNITS = " FROM CORE_ORGANIZATION WHERE PATH LIKE ? AND STATUS = 'ACTIVE'"
            + " AND (FOUNDED_ON IS NULL OR FOUNDED_ON <= ?)";

    private final Sql sql;
    private final String like;
    private final LocalDate asOf;

    BreakdownQueries(Sql sql, String subtreePath, int year) {
        this.sql = sql;
        this.like = subtreePath + "%";
        this.asOf = LocalDate.of(year, 12, 31);
    }

    long memberTotal() {
        return Sql.number(sql.rows("SELECT COUNT(*)" + MEMBERS, like, asOf).get(0)[0]);
    }

    long partyOrganizationTotal() {
        return Sql.number(sql.rows("SELECT COUNT(*)" + PARTY_ORGS, like, asOf).get(0)[0]);
    }

    List<StatTable> memberTables() {
        return List.of(
                enumTable("members.sex", "党员性别构成", "Members by sex", "性别", "Sex", Sex.class, "SEX", MEMBERS),
                ageBands(),
                textTable("members.education", "党员学历构成", "Members by education", "学历", "Education", "EDUCATION",
                        EDUCATION_ORDER),
                textTable("members.ethnicity", "党员民族构成", "Members by ethnicity", "民族", "Ethnicity", "ETHNICITY",
                        List.of("汉族")),
                category(),
                enumTable("members.status", "党员状态", "Members by status", "状态", "Status", MemberStatus.class, "STATUS",
                        MEMBERS),
                textTable("members.post", "党员职业（岗位）构成", "Members by occupation (post)", "职业（岗位）",
                        "Occupation (post)", "POST", List.of()));
    }

    List<StatTable> organizationTables() {
        return List.of(
                enumTable("organizations.party-org-type", "党组织类型", "Party organizations by type", "党组织类型",
                        "Type", PartyOrgType.class, "PARTY_ORG_TYPE", PARTY_ORGS),
                enumTable("organizations.domain", "党组织所在领域", "Party organizations by domain", "领域", "Domain",
                        Domain.class, "DOMAIN", PARTY_ORGS),
                enumTable("organizations.unit-type", "单位类型", "Units by type", "单位类型", "Unit type",
                        UnitType.class, "UNIT_TYPE", UNITS));
    }

    /** Counts per stored enum name, in the enum's order; a value never stored shows 0, an empty cell "not given". */
    private <E extends Enum<E> & Labelled> StatTable enumTable(String id, String zh, String en, String keyZh, String keyEn,
                                                               Class<E> type, String column, String from) {
        Map<String, Long> counts = grouped(column, from);
        List<StatRow> rows = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            if (value == PartyOrgType.NONE) {
                continue;
            }
            rows.add(new StatRow(value.name(), value.labels(), counts.getOrDefault(value.name(), 0L)));
        }
        Long unknown = counts.get(UNKNOWN);
        if (unknown != null) {
            rows.add(notGiven(unknown));
        }
        return StatTable.of(id, LocalizedText.of(zh, en), LocalizedText.of(keyZh, keyEn), rows);
    }

    /** Counts per stored text: the texts of {@code order} first (0 when absent), the others by count, then "not given". */
    private StatTable textTable(String id, String zh, String en, String keyZh, String keyEn, String column,
                                List<String> order) {
        Map<String, Long> counts = grouped(column, MEMBERS);
        List<StatRow> rows = new ArrayList<>();
        for (String text : order) {
            Long count = counts.remove(text);
            rows.add(new StatRow(text, LocalizedText.of(text, text), count == null ? 0 : count));
        }
        Long unknown = counts.remove(UNKNOWN);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> rows.add(new StatRow(e.getKey(), LocalizedText.of(e.getKey(), e.getKey()), e.getValue())));
        if (unknown != null) {
            rows.add(notGiven(unknown));
        }
        return StatTable.of(id, LocalizedText.of(zh, en), LocalizedText.of(keyZh, keyEn), rows);
    }

    /** One pass: for each band top, how many were born after the day that makes them older than it. */
    private StatTable ageBands() {
        StringBuilder select = new StringBuilder("SELECT COUNT(*)");
        Object[] parameters = new Object[AGE_BAND_TOPS.length + 2];
        for (int i = 0; i < AGE_BAND_TOPS.length; i++) {
            select.append(", SUM(CASE WHEN BIRTH_DATE > ? THEN 1 ELSE 0 END)");
            // at most `top` years old on asOf <=> born after asOf minus (top + 1) years
            parameters[i] = asOf.minusYears(AGE_BAND_TOPS[i] + 1L);
        }
        parameters[AGE_BAND_TOPS.length] = like;
        parameters[AGE_BAND_TOPS.length + 1] = asOf;
        Object[] row = sql.rows(select + MEMBERS, parameters).get(0);
        long total = Sql.number(row[0]);
        List<StatRow> rows = new ArrayList<>();
        long below = 0;
        for (int i = 0; i < AGE_BAND_TOPS.length; i++) {
            long upToTop = Sql.number(row[i + 1]);
            rows.add(new StatRow(bandKey(i), bandLabel(i), upToTop - below));
            below = upToTop;
        }
        rows.add(new StatRow(bandKey(AGE_BAND_TOPS.length), bandLabel(AGE_BAND_TOPS.length), total - below));
        return StatTable.of("members.age", LocalizedText.of("党员年龄构成", "Members by age"),
                LocalizedText.of("年龄段", "Age band"), rows);
    }

    static String bandKey(int band) {
        if (band == 0) {
            return "0-" + AGE_BAND_TOPS[0];
        }
        if (band == AGE_BAND_TOPS.length) {
            return (AGE_BAND_TOPS[band - 1] + 1) + "+";
        }
        return (AGE_BAND_TOPS[band - 1] + 1) + "-" + AGE_BAND_TOPS[band];
    }

    static LocalizedText bandLabel(int band) {
        if (band == 0) {
            return LocalizedText.of(AGE_BAND_TOPS[0] + "岁及以下", AGE_BAND_TOPS[0] + " and under");
        }
        if (band == AGE_BAND_TOPS.length) {
            int from = AGE_BAND_TOPS[band - 1] + 1;
            return LocalizedText.of(from + "岁及以上", from + " and over");
        }
        int from = AGE_BAND_TOPS[band - 1] + 1;
        return LocalizedText.of(from + "—" + AGE_BAND_TOPS[band] + "岁", from + "–" + AGE_BAND_TOPS[band]);
    }

    /** 正式 / 预备 on the year's last day: a full member whose full membership came later was then probationary. */
    private StatTable category() {
        Object[] row = sql.rows("SELECT COUNT(*), SUM(CASE WHEN CATEGORY = 'FULL' AND (FULL_MEMBER_ON IS NULL"
                + " OR FULL_MEMBER_ON <= ?) THEN 1 ELSE 0 END)" + MEMBERS, asOf, like, asOf).get(0);
        long total = Sql.number(row[0]);
        long full = Sql.number(row[1]);
        return StatTable.of("members.category", LocalizedText.of("党员类别", "Members by category"),
                LocalizedText.of("类别", "Category"),
                List.of(new StatRow(MemberCategory.FULL.name(), MemberCategory.FULL.labels(), full),
                        new StatRow(MemberCategory.PROBATIONARY.name(), MemberCategory.PROBATIONARY.labels(), total - full)));
    }

    /** Column value → count; null and blank values under {@link #UNKNOWN}. */
    private Map<String, Long> grouped(String column, String from) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : sql.rows("SELECT " + column + ", COUNT(*)" + from + " GROUP BY " + column, like, asOf)) {
            String key = row[0] == null ? UNKNOWN : row[0].toString().trim();
            counts.merge(key, Sql.number(row[1]), Long::sum);
        }
        return counts;
    }

    static StatRow notGiven(long count) {
        return new StatRow("UNKNOWN", LocalizedText.of("未填写", "Not given"), count);
    }
}
