package org.grassroots.core.internal.io;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.grassroots.core.api.Page;

/**
 * Streams a paged query as spreadsheet rows, one page at a time, so an export of 300,000 members or of the whole
 * audit trail never holds them all. Ends at the first page shorter than its size.
 */
public final class PagedRows<T> implements Iterator<List<String>> {
    private final IntFunction<Page<T>> fetch;
    private final Function<T, List<String>> toRow;
    private Iterator<T> current = Collections.emptyIterator();
    private int nextPage;
    private boolean exhausted;

    public PagedRows(IntFunction<Page<T>> fetch, Function<T, List<String>> toRow) {
        this.fetch = fetch;
        this.toRow = toRow;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !exhausted) {
            Page<T> page = fetch.apply(nextPage++);
            current = page.items().iterator();
            exhausted = page.items().size() < page.size();
        }
        return current.hasNext();
    }

    @Override
    public List<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return toRow.apply(current.next());
    }
}
