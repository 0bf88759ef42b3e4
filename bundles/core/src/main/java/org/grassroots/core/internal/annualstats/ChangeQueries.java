package org.grassroots.core.internal.annualstats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.core.api.annualstats.MemberChange;
import org.grassroots.core.api.annualstats.MemberChange.Direction;
import org.grassroots.core.api.annualstats.StatRow;
import org.grassroots.core.api.annualstats.StatTable;
import org.grassroots.core.api.module.LocalizedText;

/**
 * Members added to and reduced from a subtree during a year by reason. Core's own data gives the members admitted
 * in the year (their joining date) and the transfers across the subtree's border (its transfer history); the
 * modules' {@link org.grassroots.core.api.annualstats.MemberChangeContributor}s add what only they record (how
 * membership ended, transfers with organizations outside the platform).
 */
final class ChangeQueries {
    static final LocalizedText ADMITTED = LocalizedText.of("发展党员", "Admitted (new members)");
    static final LocalizedText TRANSFERRED_IN = LocalizedText.of("组织关系转入（平台内）", "Transferred in (within the platform)");
    static final LocalizedText TRANSFERRED_OUT = LocalizedText.of("组织关系转出（平台内）", "Transferred out (within the platform)");

    /** A transfer whose receiving unit is inside the subtree and whose sending unit is not (or the reverse). */
    private static final String CROSSING = "SELECT COUNT(*) FROM CORE_TRANSFER t"
            + " JOIN CORE_ORGANIZATION f ON f.ID = t.FROM_ORGANIZATION"
            + " JOIN CORE_ORGANIZATION d ON d.ID = t.TO_ORGANIZATION"
            + " WHERE t.TRANSFERRED_ON >= ? AND t.TRANSFERRED_ON <= ?";

    private final Sql sql;
    private final String like;
    private final LocalDate first;
    private final LocalDate last;

    ChangeQueries(Sql sql, String subtreePath, int year) {
        this.sql = sql;
        this.like = subtreePath + "%";
        this.first = LocalDate.of(year, 1, 1);
        this.last = LocalDate.of(year, 12, 31);
    }

    /** Core's own lines: admitted, transferred in, transferred out. */
    List<MemberChange> coreChanges() {
        long admitted = count("SELECT COUNT(*) FROM CORE_MEMBER WHERE ORG_PATH LIKE ? AND JOINED_ON >= ? AND JOINED_ON <= ?",
                like, first, last);
        long in = count(CROSSING + " AND d.PATH LIKE ? AND f.PATH NOT LIKE ?", first, last, like, like);
        long out = count(CROSSING + " AND f.PATH LIKE ? AND d.PATH NOT LIKE ?", first, last, like, like);
        return List.of(new MemberChange(Direction.ADDED, "core.admitted", ADMITTED, admitted),
                new MemberChange(Direction.ADDED, "core.transfer-in", TRANSFERRED_IN, in),
                new MemberChange(Direction.REDUCED, "core.transfer-out", TRANSFERRED_OUT, out));
    }

    /** The two tables (added, reduced) from core's lines and the contributors', each reason once, in arrival order. */
    static List<StatTable> tables(List<MemberChange> changes) {
        return List.of(table("changes.added", LocalizedText.of("党员增加情况", "Members added during the year"),
                        Direction.ADDED, changes),
                table("changes.reduced", LocalizedText.of("党员减少情况", "Members reduced during the year"),
                        Direction.REDUCED, changes));
    }

    private static StatTable table(String id, LocalizedText title, Direction direction, List<MemberChange> changes) {
        List<StatRow> rows = new ArrayList<>();
        for (MemberChange change : changes) {
            if (change.direction() == direction && rows.stream().noneMatch(r -> r.key().equals(change.reason()))) {
                rows.add(new StatRow(change.reason(), change.label(), change.count()));
            }
        }
        return StatTable.of(id, title, LocalizedText.of("原因", "Reason"), rows);
    }

    private long count(String query, Object... parameters) {
        return Sql.number(sql.rows(query, parameters).get(0)[0]);
    }
}
