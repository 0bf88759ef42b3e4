package org.grassroots.core.api;

import java.util.Locale;

/**
 * Search text for SQL/JPQL {@code LIKE}: what a user types is matched as text, so {@code %} and {@code _} find
 * themselves, not every row. Write the comparison with the escape character:
 * {@code "LOWER(e.name) LIKE :q ESCAPE '!'"} with {@code Like.containsIgnoringCase(text)} as {@code :q}
 * ({@code '!'} rather than a backslash, which PostgreSQL and Derby read differently in string literals).
 *
 * @since 0.2
 */
public final class Like {
    /** The escape character to name in {@code ESCAPE '!'}. */
    public static final char ESCAPE = '!';

    private Like() {
    }

    /** {@code text} with {@code %}, {@code _} and the escape character escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The pattern "contains {@code text}" (trimmed), or {@code null} when there is no text (no filter). */
    public static String contains(String text) {
        return text == null || text.isBlank() ? null : "%" + escape(text.trim()) + "%";
    }

    /** As {@link #contains} in lower case, to compare with {@code LOWER(column)}. */
    public static String containsIgnoringCase(String text) {
        String pattern = contains(text);
        return pattern == null ? null : pattern.toLowerCase(Locale.ROOT);
    }
}
