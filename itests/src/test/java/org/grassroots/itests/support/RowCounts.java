package org.grassroots.itests.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The number of rows in every table of the platform's database (core's and every module's), read from inside the
 * container through the platform's DataSource: what the bad-input suite compares before and after, so that a
 * refused request that stored something anyway shows up whatever table it went to.
 */
public final class RowCounts {
    private final BundleContext context;

    public RowCounts(BundleContext context) {
        this.context = context;
    }

    /**
     * What the running nodes record about themselves, not data a request writes: each node's state of the module set
     * (a converger pass may write it at any time) and the claims of the scheduled jobs (a node claims each new period
     * of a job, e.g. industrial's overdue check every 10 minutes, and old claims are pruned). Comparisons of "nothing
     * was stored" and of a restore leave them out.
     */
    public static final List<String> NODE_BOOKKEEPING = List.of("CORE_MODULE_NODE_STATE", "CORE_JOB_RUN");

    /**
     * The progress and report of every import, a refused file's too, kept in the database so that a client polling
     * through another node finds them (docs/deployment-guide.md, "What the nodes share"): the answer to the request,
     * not data it stored. "Nothing was stored" leaves them out as well.
     */
    public static final List<String> IMPORT_PROGRESS = List.of("CORE_IMPORT_JOB", "CORE_IMPORT_ERROR");

    /**
     * Whether {@code table} (as {@link #now()} names it, schema and quotes included) is node bookkeeping or import
     * progress, which {@link #differences} leaves out.
     */
    public static boolean isNodeBookkeeping(String table) {
        String name = table.substring(table.lastIndexOf('.') + 1).replace("\"", "").toUpperCase(java.util.Locale.ROOT);
        return NODE_BOOKKEEPING.contains(name) || IMPORT_PROGRESS.contains(name);
    }

    /** Table name to row count, for every user table. */
    public Map<String, Long> now() {
        Exception last = null;
        // pax-jdbc may re-create the DataSource once at a fresh start: look it up per attempt
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                ServiceReference<DataSource> reference = context.getServiceReferences(DataSource.class,
                        "(osgi.jndi.service.name=grassroots)").stream().findFirst().orElse(null);
                if (reference != null) {
                    try {
                        return count(context.getService(reference));
                    } finally {
                        context.ungetService(reference);
                    }
                }
            } catch (Exception e) {
                last = e;
            }
            Api.sleep(1000);
        }
        throw new AssertionError("could not count the rows of the platform's database: " + last, last);
    }

    private static Map<String, Long> count(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && schema.startsWith("SYS")) {
                        continue;
                    }
                    tables.add((schema == null ? "" : "\"" + schema + "\".") + "\"" + rs.getString("TABLE_NAME") + "\"");
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** The tables whose counts differ, as {@code table: before -> after}; empty when none does. */
    public static Map<String, String> differences(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> differences = new TreeMap<>();
        before.forEach((table, count) -> {
            if (isNodeBookkeeping(table)) {
                return;
            }
            Long now = after.get(table);
            if (!count.equals(now)) {
                differences.put(table, count + " -> " + now);
            }
        });
        after.forEach((table, count) -> {
            if (!before.containsKey(table) && !isNodeBookkeeping(table)) {
                differences.put(table, "new table with " + count);
            }
        });
        return differences;
    }
}
