package org.grassroots.core.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What PostgreSQL needs beyond the migration scripts, which are written once for Derby and PostgreSQL
 * (docs/decisions.md, "PostgreSQL"). Does nothing on Derby.
 * <ul>
 * <li>The type {@code BLOB} (core's V7 stores file contents in a {@code BLOB} column; an applied script cannot be
 * changed, its checksum is recorded): a domain over {@code BYTEA}, created before the scripts run.</li>
 * <li>A {@code text_pattern_ops} index on every materialized-path column (the organization tree and every table that
 * copies a unit's path): "everything under a street" is {@code PATH LIKE '/1/7/%'}, and PostgreSQL turns that into
 * an index range only with this operator class unless the database's collation is exactly {@code C}. The plain
 * indexes of the scripts serve equality and Derby; these serve the prefixes.</li>
 * </ul>
 * Both are idempotent and safe when several nodes start at once: a node that loses a race logs it and goes on.
 */
public final class PostgresSchema {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresSchema.class);
    /** PostgreSQL's longest identifier. */
    private static final int MAX_NAME = 63;

    private PostgresSchema() {
    }

    /** Whether the DataSource is a PostgreSQL database. */
    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgres(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the platform's database: " + e.getMessage(), e);
        }
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }

    /** Before any migration: the types the portable scripts name that PostgreSQL lacks. */
    public static void prepareTypes(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!isPostgres(connection)) {
                return;
            }
            // duplicate_object: it exists; unique_violation: another node created it at the same moment
            execute(connection, "DO $$ BEGIN CREATE DOMAIN BLOB AS BYTEA; "
                    + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the PostgreSQL types of the schema: " + e.getMessage(), e);
        }
    }

    /** The prefix index of every table in {@code tables} (PostgreSQL only); a failed one is logged, not fatal. */
    static void ensurePrefixIndexes(DataSource dataSource, List<ScopedTable> tables) {
        try (Connection connection = dataSource.getConnection()) {
            if (!isPostgres(connection)) {
                return;
            }
            for (ScopedTable table : tables) {
                try {
                    execute(connection, "CREATE INDEX IF NOT EXISTS " + indexName(table) + " ON " + table.table()
                            + " (" + table.pathColumn() + " text_pattern_ops)");
                } catch (SQLException e) {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    LOG.warn("Prefix index of {}.{} not created: {}", table.table(), table.pathColumn(), e.getMessage());
                }
            }
        } catch (SQLException e) {
            LOG.warn("Prefix indexes not checked: {}", e.getMessage());
        }
    }

    /** {@code CORE_MEMBER_ORG_PATH_PFX}; shortened with a hash where PostgreSQL would cut it (and maybe collide). */
    static String indexName(ScopedTable table) {
        String name = table.table() + "_" + table.pathColumn() + "_PFX";
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode()).toUpperCase(Locale.ROOT);
        return name.substring(0, MAX_NAME - hash.length() - 5) + "_" + hash + "_PFX";
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
