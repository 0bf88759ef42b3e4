package org.grassroots.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.grassroots.core.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 27 point 2's indexes (V34: {@code CORE_MEMBER_NAME_IX (NAME, ID, ORG_PATH, STATUS)}, V35:
 * {@code CORE_ORGANIZATION_PATH_IX (PATH, ID)}) upgrade a database of the schema before them (core at V33.26) that
 * holds units and members: the rows stay, the indexes carry their new columns, the name-ordered page of a subtree
 * reads the same members, and a second start applies nothing. On Derby always; on PostgreSQL too, in a schema of its
 * own, when {@code PGHOST} names a server ({@code /work/bin/local-postgres}, {@code .ci/run}).
 */
class SearchIndexMigrationTest {
    private static final String BEFORE = "33.26";

    @Test
    void aDerbyDatabaseWithMembersUpgrades() throws SQLException {
        EmbeddedDataSource db = MigratedDerby.empty("search-index-migration");
        try {
            upgrades(db, "APP");
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + db.getDatabaseName() + ";drop=true").close();
            } catch (SQLException expected) {
                // Derby reports a dropped in-memory database as an exception
            }
        }
    }

    @Test
    void aPostgresDatabaseWithMembersUpgrades() throws SQLException {
        String host = System.getenv("PGHOST");
        assumeTrue(host != null && !host.isBlank(), "no PGHOST: the PostgreSQL upgrade is not checked");
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setServerNames(new String[] { host });
        db.setPortNumbers(new int[] { Integer.parseInt(System.getenv().getOrDefault("PGPORT", "5432")) });
        db.setUser(System.getenv().getOrDefault("PGUSER", "postgres"));
        db.setPassword(System.getenv("PGPASSWORD"));
        db.setDatabaseName(System.getenv().getOrDefault("PGDATABASE", "postgres"));
        String schema = "search_index_" + System.nanoTime();
        execute(db, "CREATE SCHEMA " + schema);
        db.setCurrentSchema(schema);
        try {
            upgrades(db, schema);
        } finally {
            db.setCurrentSchema(null);
            execute(db, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void upgrades(DataSource db, String schema) throws SQLException {
        PostgresSchema.prepareTypes(db);
        Flyway.configure(CoreSchema.class.getClassLoader()).dataSource(db).table("CORE_SCHEMA_HISTORY")
                .locations("classpath:db/core").baselineOnMigrate(true).baselineVersion("0").target(BEFORE).load()
                .migrate();
        assertEquals(List.of("NAME", "ID"), indexColumns(db, schema, "CORE_MEMBER", "CORE_MEMBER_NAME_IX"));
        assertEquals(List.of("PATH"), indexColumns(db, schema, "CORE_ORGANIZATION", "CORE_ORGANIZATION_PATH_IX"));
        execute(db, "INSERT INTO CORE_ORGANIZATION (ID, CODE, NAME, PARENT_ID, PATH, DEPTH, UNIT_TYPE, PARTY_ORG_TYPE, "
                + "STATUS, VERSION) VALUES (1, 'R', 'root', NULL, '/1/', 0, 'STREET', 'COMMITTEE', 'ACTIVE', 0), "
                + "(2, 'B', 'branch', 1, '/1/2/', 1, 'COMMUNITY', 'BRANCH', 'ACTIVE', 0), "
                + "(3, 'O', 'other', NULL, '/3/', 0, 'STREET', 'COMMITTEE', 'ACTIVE', 0)");
        String[][] members = { { "10", "Zhao", "2", "/1/2/", "NORMAL" }, { "11", "Li", "2", "/1/2/", "LEFT" },
                { "12", "Chen", "1", "/1/", "NORMAL" }, { "13", "Bai", "3", "/3/", "NORMAL" },
                { "14", "Chen", "2", "/1/2/", "NORMAL" } };
        for (String[] m : members) {
            execute(db, "INSERT INTO CORE_MEMBER (ID, NAME, SEX, BIRTH_DATE, ID_NUMBER, CATEGORY, JOINED_ON, "
                    + "ORGANIZATION_ID, STATUS, TAGS, VERSION, ORG_PATH) VALUES (" + m[0] + ", '" + m[1] + "', 'MALE', "
                    + "DATE('1980-01-01'), 'x" + m[0] + "', 'FULL', DATE('2000-01-01'), " + m[2] + ", '" + m[4]
                    + "', '', 0, '" + m[3] + "')");
        }

        assertEquals(3, SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core"));

        assertEquals(List.of("NAME", "ID", "ORG_PATH", "STATUS"),
                indexColumns(db, schema, "CORE_MEMBER", "CORE_MEMBER_NAME_IX"));
        assertEquals(List.of("PATH", "ID"), indexColumns(db, schema, "CORE_ORGANIZATION", "CORE_ORGANIZATION_PATH_IX"));
        assertEquals(List.of("UNIT_TYPE", "PATH", "ID"),
                indexColumns(db, schema, "CORE_ORGANIZATION", "CORE_ORGANIZATION_TYPE_PATH_IX"));
        assertEquals(List.of(5L), longs(db, "SELECT COUNT(*) FROM CORE_MEMBER"));
        // the query NameOrderedPage sends, without Derby's hint: the subtree's members on the roll in name order
        assertEquals(List.of(12L, 14L, 10L), longs(db, "SELECT ID FROM CORE_MEMBER WHERE ORG_PATH LIKE '/1/%' "
                + "AND STATUS <> 'LEFT' ORDER BY NAME, ID OFFSET 0 ROWS FETCH NEXT 50 ROWS ONLY"));
        assertEquals(List.of(1L, 2L), longs(db, "SELECT ID FROM CORE_ORGANIZATION WHERE PATH LIKE '/1/%' ORDER BY PATH, ID"));
        // a type's units of a subtree (the villages under a street), which the (UNIT_TYPE, PATH, ID) index answers
        assertEquals(List.of(2L), longs(db, "SELECT ID FROM CORE_ORGANIZATION WHERE UNIT_TYPE = 'COMMUNITY' "
                + "AND PATH LIKE '/1/%' ORDER BY PATH, ID"));
        // a second start finds nothing to do
        assertEquals(0, SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core"));
    }

    /** The columns of one index in their order, as the driver describes them (PostgreSQL folds names to lower case). */
    private static List<String> indexColumns(DataSource db, String schema, String table, String index) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (Connection c = db.getConnection()) {
            boolean lower = PostgresSchema.isPostgres(c);
            try (ResultSet r = c.getMetaData().getIndexInfo(null, lower ? schema : schema.toUpperCase(Locale.ROOT),
                    lower ? table.toLowerCase(Locale.ROOT) : table, false, false)) {
                while (r.next()) {
                    if (index.equalsIgnoreCase(r.getString("INDEX_NAME"))) {
                        columns.put((int) r.getShort("ORDINAL_POSITION"), r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return new ArrayList<>(columns.values());
    }

    private static List<Long> longs(DataSource db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
