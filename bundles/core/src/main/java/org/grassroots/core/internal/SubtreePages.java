package org.grassroots.core.internal;

import java.util.List;
import java.util.function.Supplier;

import org.grassroots.core.api.PageRequest;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.generations.GenerationCache;

/**
 * The member list's default page of a subtree (in name order, nothing else asked): its ids and the subtree's total,
 * kept under core's data generation read before they were found. A street's list is opened far more often than its
 * members change, and at city scale finding the page is most of the request (the count passes the street's entries
 * of an index, the ids a few thousand entries of the name index: docs/benchmarks.md). Every write of a member, a unit
 * or a leaving is audited and moves core's generation once committed, on whichever node wrote it, so a kept page is
 * never served after such a change. Only ids are kept: each request still reads the 50 rows, decrypts and masks them.
 */
final class SubtreePages {
    /** Pages of a few hundred subtrees and their first pages: 2,000 entries of at most 500 ids. */
    static final int CAPACITY = 2000;

    record Key(String prefix, int offset, int size) {
    }

    record Found(List<Long> ids, long total) {
    }

    private final GenerationCache<Key, Found> kept = new GenerationCache<>(CAPACITY);
    private final DataGenerationsImpl generations;

    SubtreePages(DataGenerationsImpl generations) {
        this.generations = generations;
    }

    /**
     * The page of the subtree whose paths start with {@code prefix}, kept or found by {@code find}; a caller inside a
     * transaction that changed core's data finds it afresh (its own change is not counted until it commits).
     */
    Found page(String prefix, PageRequest page, Supplier<Found> find) {
        if (generations.changedInThisTransaction(DataGenerationsImpl.CORE)) {
            return find.get();
        }
        long generation = generations.current(DataGenerationsImpl.CORE);
        return kept.keptOr(new Key(prefix, page.offset(), page.size()), generation, () -> {
            Found found = find.get();
            return new Found(List.copyOf(found.ids()), found.total());
        });
    }
}
