package org.grassroots.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Rows read by a caller's list of ids, answered in the order of the ids (ids that match nothing are left out). The
 * list is read in slices of {@value #IDS_PER_QUERY} so that no query carries an unbounded {@code IN} list (databases
 * cap the number of bind parameters, and long lists are slow to plan).
 */
final class ReadsByIds {
    static final int IDS_PER_QUERY = 500;

    private ReadsByIds() {
    }

    /** {@code slice} reads the rows of one slice of ids (in any order); {@code idOf} names a row's id. */
    static <T> List<T> inOrder(List<Long> ids, Function<List<Long>, List<T>> slice, Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            slice.apply(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))).forEach(row -> byId.put(idOf.apply(row), row));
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
