package org.grassroots.core.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One module table holding a copy of its unit's materialized path, as declared by the bundle's
 * {@code Grassroots-Scoped-Tables} header: {@code TABLE;path=COLUMN;unit=COLUMN} (unit optional), comma-separated.
 * Names go into SQL text, so only plain upper-case identifiers are accepted.
 */
public record ScopedTable(String table, String pathColumn, String unitColumn) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9_]{0,127}");

    public ScopedTable {
        requireIdentifier(table, "table");
        requireIdentifier(pathColumn, "path column of " + table);
        if (unitColumn != null) {
            requireIdentifier(unitColumn, "unit column of " + table);
        }
    }

    /** Parses the header value; throws {@link IllegalArgumentException} naming the first bad entry. */
    public static List<ScopedTable> parse(String header) {
        List<ScopedTable> tables = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return tables;
        }
        for (String entry : header.split(",")) {
            String[] parts = entry.trim().split(";");
            String path = null;
            String unit = null;
            for (int i = 1; i < parts.length; i++) {
                String[] attribute = parts[i].trim().split("=", 2);
                if (attribute.length != 2) {
                    throw new IllegalArgumentException("scoped table entry '" + entry.trim() + "': expected key=value");
                }
                switch (attribute[0].trim()) {
                    case "path" -> path = attribute[1].trim();
                    case "unit" -> unit = attribute[1].trim();
                    default -> throw new IllegalArgumentException("scoped table entry '" + entry.trim()
                            + "': unknown attribute " + attribute[0].trim() + " (path, unit)");
                }
            }
            tables.add(new ScopedTable(parts[0].trim(), path == null ? "ORG_PATH" : path, unit));
        }
        return tables;
    }

    private static void requireIdentifier(String name, String what) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid " + what + ": '" + name + "' (upper-case SQL identifier expected)");
        }
    }

    /** Rewrites the prefix {@code from} of every path in this table to {@code to} (one statement). */
    String moveSql() {
        return "UPDATE " + table + " SET " + pathColumn + " = CAST(? AS VARCHAR(1000)) || SUBSTR(" + pathColumn
                + ", CAST(? AS INTEGER)) WHERE " + pathColumn + " LIKE CAST(? AS VARCHAR(1000))";
    }

    /** Re-derives paths from the unit column where they differ from core's (catch-up), or null without a unit column. */
    String reconcileSql() {
        if (unitColumn == null) {
            return null;
        }
        return "UPDATE " + table + " SET " + pathColumn + " = (SELECT o.PATH FROM CORE_ORGANIZATION o WHERE o.ID = "
                + table + "." + unitColumn + ") WHERE EXISTS (SELECT 1 FROM CORE_ORGANIZATION o WHERE o.ID = "
                + table + "." + unitColumn + " AND (" + table + "." + pathColumn + " IS NULL OR o.PATH <> "
                + table + "." + pathColumn + "))";
    }
}
