package org.grassroots.core.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.api.MigrationVersion;

/**
 * Row counts and content hashes of every table, so a backup says what it holds and a restore can be compared with
 * it table by table. A table's hash is the sum of its rows' SHA-256 (first 128 bits, two 64-bit lanes), so it
 * does not depend on the order rows come back in and needs no ORDER BY (which Derby refuses on BLOB columns).
 */
public final class TableDigests {
    private static final String HISTORY_SUFFIX = "_SCHEMA_HISTORY";

    private TableDigests() {
    }

    /** One table: its rows and their combined hash (32 hex characters). */
    public record TableDigest(long rows, String hash) {
    }

    /** Every user table reachable through {@code connection}, by name (schema-qualified when not the current one). */
    public static Map<String, TableDigest> of(Connection connection) throws SQLException {
        Map<String, TableDigest> digests = new TreeMap<>();
        for (String[] table : tables(connection)) {
            digests.put(table[2], digest(connection, table[0], table[1]));
        }
        return digests;
    }

    /** The newest successful version of every Flyway history table, by its prefix ({@code CORE}, {@code IND}, ...). */
    public static Map<String, String> schemaVersions(Connection connection) throws SQLException {
        Map<String, String> versions = new TreeMap<>();
        for (String[] table : tables(connection)) {
            if (!table[1].endsWith(HISTORY_SUFFIX)) {
                continue;
            }
            MigrationVersion newest = null;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM " + quoted(table[0], table[1]))) {
                while (rows.next()) {
                    String version = rows.getString("version");
                    if (version != null && rows.getBoolean("success")) {
                        MigrationVersion parsed = MigrationVersion.fromVersion(version);
                        newest = newest == null || parsed.compareTo(newest) > 0 ? parsed : newest;
                    }
                }
            }
            versions.put(table[1].substring(0, table[1].length() - HISTORY_SUFFIX.length()),
                    newest == null ? "-" : newest.getVersion());
        }
        return versions;
    }

    /** schema, table, the name it is reported by. */
    private static List<String[]> tables(Connection connection) throws SQLException {
        String current = connection.getSchema();
        List<String[]> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getTables(null, null, "%", new String[] { "TABLE" })) {
            while (rows.next()) {
                String schema = rows.getString("TABLE_SCHEM");
                String name = rows.getString("TABLE_NAME");
                tables.add(new String[] { schema, name, schema == null || schema.equalsIgnoreCase(current) ? name : schema + "." + name });
            }
        }
        return tables;
    }

    static TableDigest digest(Connection connection, String schema, String table) throws SQLException {
        MessageDigest sha = sha256();
        long rows = 0;
        long high = 0;
        long low = 0;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + quoted(schema, table))) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    value(sha, result.getObject(column));
                }
                ByteBuffer hash = ByteBuffer.wrap(sha.digest());
                high += hash.getLong();
                low += hash.getLong();
                rows++;
            }
        } catch (IOException e) {
            throw new SQLException("reading " + table + ": " + e.getMessage(), e);
        }
        return new TableDigest(rows, String.format("%016x%016x", high, low));
    }

    /** Feeds one value, tagged with its kind and length so that adjacent values cannot run into each other. */
    private static void value(MessageDigest sha, Object value) throws SQLException, IOException {
        byte[] bytes;
        byte kind;
        if (value == null) {
            sha.update((byte) 0);
            return;
        } else if (value instanceof byte[] raw) {
            kind = 1;
            bytes = raw;
        } else if (value instanceof Blob blob) {
            kind = 1;
            try (InputStream in = blob.getBinaryStream()) {
                bytes = in.readAllBytes();
            }
        } else if (value instanceof Clob clob) {
            kind = 2;
            try (Reader in = clob.getCharacterStream()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    text.append(buffer, 0, n);
                }
                bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            }
        } else if (value instanceof BigDecimal decimal) {
            kind = 3;
            bytes = decimal.toPlainString().getBytes(StandardCharsets.UTF_8);
        } else {
            kind = 2;
            bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        }
        sha.update(kind);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static String quoted(String schema, String table) {
        return (schema == null ? "" : '"' + schema.replace("\"", "\"\"") + "\".") + '"' + table.replace("\"", "\"\"") + '"';
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
