package org.grassroots.core.internal.annualstats;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.schema.SchemaMigrations;

/** An in-memory Derby database at core's and the annual reports' current schema, behind the {@link Sql} calls. */
final class DerbySql implements Sql, AutoCloseable {
    private final EmbeddedDataSource db = new EmbeddedDataSource();

    DerbySql() {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        db.setDatabaseName("memory:annualstats-" + System.nanoTime());
        db.setCreateDatabase("create");
        SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core");
        SchemaMigrations.migrate(db, AnnualStatsSchema.class, AnnualStatsSchema.PREFIX, AnnualStatsSchema.LOCATION);
    }

    @Override
    public List<Object[]> rows(String sql, Object... parameters) {
        Bound bound = Bound.of(sql, parameters);
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, bound); ResultSet r = s.executeQuery()) {
            List<Object[]> rows = new ArrayList<>();
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public int update(String sql, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, Bound.of(sql, parameters))) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection c, Bound bound) throws SQLException {
        PreparedStatement s = c.prepareStatement(bound.sql());
        for (int i = 0; i < bound.parameters().length; i++) {
            s.setObject(i + 1, bound.parameters()[i]);
        }
        return s;
    }

    /** A unit under {@code parent} (null: a root); answers its id. The path is {@code parentPath + id + "/"}. */
    long unit(long id, Long parent, String name, String unitType, String partyOrgType, String domain) {
        String path = parent == null ? "/" + id + "/"
                : rows("SELECT PATH FROM CORE_ORGANIZATION WHERE ID = ?", parent).get(0)[0] + "" + id + "/";
        update("INSERT INTO CORE_ORGANIZATION (ID, CODE, NAME, PARENT_ID, PATH, DEPTH, UNIT_TYPE, PARTY_ORG_TYPE, DOMAIN,"
                + " STATUS, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 1)", id, "U" + id, name, parent, path,
                path.split("/").length - 1, unitType, partyOrgType, domain);
        return id;
    }

    void member(long id, long unit, String sex, String ethnicity, java.time.LocalDate born, String education,
                String category, java.time.LocalDate joined, java.time.LocalDate full, String post) {
        String path = (String) rows("SELECT PATH FROM CORE_ORGANIZATION WHERE ID = ?", unit).get(0)[0];
        update("INSERT INTO CORE_MEMBER (ID, NAME, SEX, ETHNICITY, BIRTH_DATE, ID_NUMBER, EDUCATION, CATEGORY, JOINED_ON,"
                + " FULL_MEMBER_ON, ORGANIZATION_ID, POST, STATUS, TAGS, VERSION, ORG_PATH, ID_NUMBER_INDEX)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NORMAL', '', 1, ?, ?)", id, "M" + id, sex, ethnicity, born,
                "x" + id, education, category, joined, full, unit, post, path, "i" + id);
    }

    void transfer(long id, long member, long from, long to, java.time.LocalDate on) {
        update("INSERT INTO CORE_TRANSFER (ID, MEMBER_ID, FROM_ORGANIZATION, TO_ORGANIZATION, TRANSFERRED_ON, RECORDED_BY,"
                + " RECORDED_AT) VALUES (?, ?, ?, ?, ?, 'test', CURRENT_TIMESTAMP)", id, member, from, to, on);
    }

    @Override
    public void close() {
        try {
            DriverManager.getConnection("jdbc:derby:" + db.getDatabaseName() + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped in-memory database as an exception
        }
    }
}
