package org.grassroots.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.MessageBundle;

/**
 * Sorting and paging of lists, one rule for every endpoint: {@code sort} is a comma-separated list of keys, each
 * optionally prefixed with {@code -} (descending) or {@code +}; the keys a list allows are declared by the list
 * (a map from key to JPQL expression or to comparator); an unknown key is refused with 422 naming {@code sort} and
 * the allowed keys. The same rule serves JPQL queries ({@link #orderBy}) and in-memory lists ({@link #page}).
 */
public final class Paging {
    private Paging() {
    }

    /** One key of a sort expression. */
    public record SortKey(String key, boolean descending) {
    }

    /** The keys of {@code sort} in order, each checked against {@code allowed}; empty when no sort was asked for. */
    public static List<SortKey> parse(String sort, Collection<String> allowed) {
        List<SortKey> keys = new ArrayList<>();
        if (sort == null || sort.isBlank()) {
            return keys;
        }
        for (String part : sort.split(",")) {
            String p = part.trim();
            boolean descending = p.startsWith("-");
            String key = descending || p.startsWith("+") ? p.substring(1).trim() : p;
            if (!allowed.contains(key)) {
                throw ValidationException.of("sort", MessageBundle.of(Paging.class).message("param.sort.unknown", p,
                        String.join(", ", new TreeSet<>(allowed))));
            }
            keys.add(new SortKey(key, descending));
        }
        return keys;
    }

    /**
     * A JPQL {@code ORDER BY} clause (with a leading space) for {@code sort}: {@code fields} maps each allowed key
     * to its JPQL expression (e.g. {@code "name" -> "m.name"}); {@code defaultOrder} (e.g. {@code "m.name ASC"})
     * applies when no sort was asked for; {@code tieBreaker} (e.g. {@code "m.id"}) always comes last so that pages
     * never overlap.
     */
    public static String orderBy(String sort, Map<String, String> fields, String defaultOrder, String tieBreaker) {
        List<String> parts = new ArrayList<>();
        List<SortKey> keys = parse(sort, fields.keySet());
        if (keys.isEmpty() && defaultOrder != null && !defaultOrder.isBlank()) {
            parts.add(defaultOrder);
        }
        for (SortKey key : keys) {
            parts.add(fields.get(key.key()) + (key.descending() ? " DESC" : " ASC"));
        }
        if (tieBreaker != null && !tieBreaker.isBlank() && !ordersBy(parts, tieBreaker)) {
            parts.add(tieBreaker);
        }
        return parts.isEmpty() ? "" : " ORDER BY " + String.join(", ", parts);
    }

    /** Each allowed key as a field of {@code alias}: {@code fields("m", Set.of("name"))} is {@code name -> m.name}. */
    public static Map<String, String> fields(String alias, Collection<String> keys) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        keys.forEach(key -> fields.put(key, alias + "." + key));
        return fields;
    }

    private static boolean ordersBy(List<String> parts, String expression) {
        for (String part : parts) {
            for (String term : part.split(",")) {
                if (withoutDirection(term).equals(withoutDirection(expression))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String withoutDirection(String term) {
        return term.trim().replaceAll("(?i)\\s+(ASC|DESC)$", "");
    }

    /**
     * The comparator for {@code sort} over {@code sortable} keys, falling back to (and tie-broken by)
     * {@code defaultOrder}.
     */
    public static <T> Comparator<T> comparator(String sort, Map<String, Comparator<T>> sortable, Comparator<T> defaultOrder) {
        Comparator<T> order = null;
        for (SortKey key : parse(sort, sortable.keySet())) {
            Comparator<T> next = sortable.get(key.key());
            next = key.descending() ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        return order == null ? defaultOrder : order.thenComparing(defaultOrder);
    }

    /** One page of an in-memory list, sorted as {@link #comparator} says. */
    public static <T> Page<T> page(List<T> items, PageRequest request, Map<String, Comparator<T>> sortable,
                                   Comparator<T> defaultOrder) {
        List<T> sorted = items.stream().sorted(comparator(request.sort(), sortable, defaultOrder)).toList();
        long offset = (long) request.page() * request.size();
        int from = (int) Math.min(offset, sorted.size());
        int to = (int) Math.min((long) from + request.size(), sorted.size());
        return new Page<>(sorted.subList(from, to), sorted.size(), request.page(), request.size());
    }

    /** The same for a {@link PageParams}. */
    public static <T> Page<T> page(List<T> items, PageParams params, Map<String, Comparator<T>> sortable,
                                   Comparator<T> defaultOrder) {
        return page(items, params.toRequest(), sortable, defaultOrder);
    }
}
