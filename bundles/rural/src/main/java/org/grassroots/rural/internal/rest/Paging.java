package org.grassroots.rural.internal.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.rest.PageParams;

/**
 * Pages and sorts lists already narrowed to the caller's villages. The module's lists are district-sized (147
 * villages), so paging the scoped result in memory is cheaper than one query per filter combination.
 */
final class Paging {
    private Paging() {
    }

    static <T> Page<T> page(List<T> items, PageParams params, Map<String, Comparator<T>> sortable, Comparator<T> defaultOrder) {
        PageRequest request = params.toRequest();
        Comparator<T> order = null;
        if (request.sort() != null && !request.sort().isBlank()) {
            for (String part : request.sort().split(",")) {
                String p = part.trim();
                boolean descending = p.startsWith("-");
                String key = descending || p.startsWith("+") ? p.substring(1) : p;
                Comparator<T> next = sortable.get(key);
                if (next == null) {
                    throw new ValidationException(FieldError.of("sort", "cannot sort by '" + p + "'; allowed: "
                            + String.join(", ", new TreeSet<>(sortable.keySet()))));
                }
                next = descending ? next.reversed() : next;
                order = order == null ? next : order.thenComparing(next);
            }
        }
        order = order == null ? defaultOrder : order.thenComparing(defaultOrder);
        List<T> sorted = items.stream().sorted(order).toList();
        int from = Math.min(request.offset(), sorted.size());
        int to = Math.min(from + request.size(), sorted.size());
        return new Page<>(sorted.subList(from, to), sorted.size(), request.page(), request.size());
    }
}
