package org.grassroots.core.internal.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleReference;

/**
 * The start's way past Flyway: whether a bundle's history table records exactly the bundle's scripts as applied, each
 * with the checksum Flyway computed when it ran it. Then Flyway would validate, apply nothing and change nothing, so
 * {@link org.grassroots.core.schema.SchemaMigrations} does not load it. Why: every start ran Flyway for core and each
 * module (loading its 220 classes, scanning the bundle, reading each history twice) on the path to the first answer
 * (docs/benchmarks.md, "Cold start").
 * <p>
 * Anything else goes the full way through Flyway, which applies, refuses or explains: a new, changed or missing
 * script, a failed row, a version the bundle does not ship (a newer release wrote the database), another kind of
 * migration, no history table yet, scripts outside a bundle (unit tests). The checksum is Flyway 8's (CRC32 over each
 * line's UTF-8 bytes without line ends, a byte order mark dropped); should a Flyway upgrade compute it differently,
 * nothing matches and every start takes the full way, as before. {@code AppliedScriptsTest} compares the two.
 */
public final class AppliedScripts {
    /** Flyway's default naming of a versioned migration: {@code V<version>__<description>.sql}. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private AppliedScripts() {
    }

    /** Whether Flyway has nothing to do for the scripts under {@code location} of the bundle that {@code loader} belongs to. */
    public static boolean upToDate(DataSource dataSource, ClassLoader loader, String prefix, String location) {
        if (!(loader instanceof BundleReference reference)) {
            return false;
        }
        Map<String, Integer> scripts = scripts(reference.getBundle(), location);
        if (scripts.isEmpty()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return scripts.equals(applied(connection, prefix));
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    /** Version to checksum of each script in the bundle's folder; empty when one is not a plain versioned script. */
    static Map<String, Integer> scripts(Bundle bundle, String location) {
        Map<String, Integer> scripts = new HashMap<>();
        var entries = bundle.findEntries(location, "*", false);
        if (entries == null) {
            return scripts;
        }
        for (URL entry : Collections.list(entries)) {
            String path = entry.getPath();
            if (path.endsWith("/")) {
                return Map.of(); // a subfolder: Flyway scans it too, so let Flyway decide
            }
            if (!add(scripts, path.substring(path.lastIndexOf('/') + 1), entry)) {
                return Map.of();
            }
        }
        return scripts;
    }

    /** Adds one script by its file name; false when the name is not Flyway's versioned form, or the file unreadable. */
    static boolean add(Map<String, Integer> scripts, String fileName, URL script) {
        Matcher name = VERSIONED.matcher(fileName);
        if (!name.matches()) {
            return false;
        }
        try (InputStream in = script.openStream()) {
            return scripts.put(name.group(1).replace('_', '.'), checksum(in)) == null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Version to checksum of every successful versioned migration in the history; null when there is a failed row or a
     * kind of row a plain script does not write (Flyway's baseline and schema markers are left out).
     */
    static Map<String, Integer> applied(Connection connection, String prefix) throws SQLException {
        Map<String, Integer> applied = new HashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT \"version\", \"type\", \"checksum\", \"success\" FROM \""
                     + prefix + "_SCHEMA_HISTORY\"")) {
            while (rows.next()) {
                String version = rows.getString(1);
                String type = rows.getString(2);
                if ("BASELINE".equals(type) || "SCHEMA".equals(type)) {
                    continue;
                }
                int checksum = rows.getInt(3);
                boolean noChecksum = rows.wasNull();
                if (!"SQL".equals(type) || version == null || noChecksum || !rows.getBoolean(4)
                        || applied.put(version, checksum) != null) {
                    return null;
                }
            }
        }
        return applied;
    }

    /** Flyway 8's checksum of a script (its ChecksumCalculator). */
    static int checksum(InputStream script) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8), 4096);
        String line = reader.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        while (line != null) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
            line = reader.readLine();
        }
        return (int) crc.getValue();
    }
}
