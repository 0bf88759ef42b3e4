package org.grassroots.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.grassroots.core.api.PageRequest;

/**
 * The WHERE clause of a search built from optional criteria, with its named parameters, shared by the page query
 * and the count query of the same search so the two can never disagree.
 */
final class QueryFilter {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds a condition with one named parameter ({@code :name} in the clause). */
    QueryFilter and(String clause, String name, Object value) {
        clauses.add(clause);
        parameters.put(name, value);
        return this;
    }

    /** Adds the condition only when the value is given (not null, not blank). */
    QueryFilter andIfGiven(String clause, String name, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        return and(clause, name, value);
    }

    /** {@code "%text%"} for a contains-search on a trimmed user input, or null when there is none. */
    static String contains(String text) {
        return org.grassroots.core.api.Like.contains(text);
    }

    /** {@code selectFrom} (e.g. "SELECT o FROM OrganizationEntity o") filtered and followed by {@code orderBy}. */
    <T> TypedQuery<T> query(EntityManager em, String selectFrom, String orderBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(selectFrom + where() + orderBy, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** One page of {@code selectFrom} in {@code orderBy} order. */
    <T> List<T> page(EntityManager em, String selectFrom, String orderBy, Class<T> type, PageRequest page) {
        return query(em, selectFrom, orderBy, type).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
    }

    /**
     * The total behind a page that returned {@code found} items: a short page that is not past the end already
     * tells it, so the count query ({@code countFrom}, e.g. "SELECT COUNT(o) FROM OrganizationEntity o") runs only
     * when there may be more.
     */
    long total(EntityManager em, String countFrom, PageRequest page, int found) {
        if (found < page.size() && (found > 0 || page.offset() == 0)) {
            return (long) page.offset() + found;
        }
        return query(em, countFrom, "", Long.class).getSingleResult();
    }

    long count(EntityManager em, String countFrom) {
        return query(em, countFrom, "", Long.class).getSingleResult();
    }

    private String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }
}
