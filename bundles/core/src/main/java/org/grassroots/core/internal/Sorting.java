package org.grassroots.core.internal;

import java.util.List;
import java.util.Set;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;

/** Turns a user's {@code sort} parameter into a JPQL ORDER BY over an allowed set of fields. */
final class Sorting {
    private Sorting() {
    }

    static String orderBy(String alias, String sort, Set<String> allowed, String defaultField) {
        if (sort == null || sort.isBlank()) {
            return " ORDER BY " + alias + "." + defaultField + ", " + alias + ".id";
        }
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (String part : List.of(sort.split(","))) {
            String p = part.trim();
            boolean descending = p.startsWith("-");
            String field = descending ? p.substring(1) : p.startsWith("+") ? p.substring(1) : p;
            if (!allowed.contains(field)) {
                throw new ValidationException(FieldError.of("sort",
                        "cannot sort by '" + field + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed))));
            }
            order.append(alias).append('.').append(field).append(descending ? " DESC" : " ASC").append(", ");
        }
        return order.append(alias).append(".id").toString();
    }
}
