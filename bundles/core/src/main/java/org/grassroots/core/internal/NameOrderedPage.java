package org.grassroots.core.internal;

import java.util.List;
import java.util.function.LongSupplier;

import javax.persistence.EntityManager;

import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.PageRequest;

/**
 * The member list's most common page, a subtree in name order with nothing else asked, read the cheaper of two ways.
 * The subtree's range of the index (ORG_PATH, NAME, ID, STATUS) comes out in path order, so the database sorts every
 * member of the subtree by name to return 50: for a street of 3,000 members that sort was most of the request
 * (docs/benchmarks.md, issue #27). The index (NAME, ID, ORG_PATH, STATUS) is in name order already: read from its
 * start, passing over the members outside the subtree, it yields the page after about
 * {@code (offset + size) x members / subtree} entries and no sort. Which way is cheaper follows from the subtree's
 * count (the page's total, needed anyway) and the number of members, a planning estimate refreshed every minute:
 * the answer is the same either way, only the work differs.
 */
final class NameOrderedPage {
    /** The order both ways give: the list's default, by name, ties by id. */
    static final List<String> ORDERS = List.of(" ORDER BY m.name, m.id", " ORDER BY m.name ASC, m.id");
    /**
     * Native for Derby's index hint (a comment to PostgreSQL, whose planner stops a top-N early by itself); the
     * same conditions as the JPQL filter of a subtree: the path's range, members on the roll.
     */
    private static final String IDS = "SELECT ID FROM CORE_MEMBER --DERBY-PROPERTIES index=CORE_MEMBER_NAME_IX\n"
            + "WHERE ORG_PATH LIKE ? AND STATUS <> '" + MemberStatus.LEFT.name() + "' ORDER BY NAME, ID "
            + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    /**
     * What visiting one entry of the name index costs in steps of sorting the subtree (one name comparison): on
     * Derby with the demo district, reading a street's page in name order took 0.6-1.0 ms for about 500 entries and
     * sorting its 3,023 entries (35,000 comparisons) 12 ms, so about 3.
     */
    private static final double VISIT_IN_SORT_STEPS = 3.0;
    private static final long ESTIMATE_MILLIS = 60_000;

    private volatile long members = -1;
    private volatile long countedAt;

    /** Whether reading the name index in order should visit fewer entries than sorting the subtree's. */
    boolean cheaper(long total, PageRequest page, LongSupplier countMembers) {
        if (total < page.size()) {
            return false;
        }
        double visited = (double) (page.offset() + page.size()) * members(countMembers) / total;
        double sortSteps = total * (Math.log(total) / Math.log(2));
        return visited * VISIT_IN_SORT_STEPS < sortSteps;
    }

    /** The page's ids, read from the name index in order, for the subtree whose paths start with {@code prefix}. */
    List<Long> ids(EntityManager em, String prefix, PageRequest page) {
        List<?> rows = em.createNativeQuery(IDS).setParameter(1, prefix + "%").setParameter(2, page.offset())
                .setParameter(3, page.size()).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private long members(LongSupplier countMembers) {
        long now = System.currentTimeMillis();
        if (members < 0 || now - countedAt > ESTIMATE_MILLIS) {
            members = countMembers.getAsLong();
            countedAt = now;
        }
        return members;
    }
}
