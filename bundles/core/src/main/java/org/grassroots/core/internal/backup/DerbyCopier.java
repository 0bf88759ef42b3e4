package org.grassroots.core.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derby's online backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}): Derby copies its data files and the log written
 * meanwhile, so the copy is the database as of the end of the backup, and other transactions keep reading and
 * writing (only operations Derby does not log, such as creating an index, wait). The copy lands in {@code db/<name>}
 * of the folder and is a complete database: restoring is putting that directory back. It is then booted once,
 * read-only in effect, to digest its tables, and shut down again before its files are checksummed.
 * <p>
 * Derby's online backup refuses a database that holds the file of a dropped table or index under its live name
 * ({@code seg0/c<n>.dat} whose header says "dropped"): it then looks for the drop's stub {@code d<n>.dat}, which is
 * gone, and fails with XSRS5 "Error copying file (during backup)", every time, for good. A migration that drops an
 * index, interrupted by a stop at the wrong moment, can leave such a file (seen once on CI). Such a database is
 * copied with the database frozen instead ({@code SYSCS_FREEZE_DATABASE}, Derby's documented way to copy a database
 * with operating-system tools): writes wait for the copy, reads go on, and the copy is as complete as the online one.
 */
public final class DerbyCopier implements DatabaseCopier {
    private static final Logger LOG = LoggerFactory.getLogger(DerbyCopier.class);
    private static final String SHUTDOWN_OK = "08006";
    /** Derby's "Error copying file (during backup)". */
    private static final String COPY_REFUSED = "XSRS5";
    /** Not part of a copy: the lock files of the live engine and its scratch space. */
    private static final Set<String> NOT_COPIED = Set.of("db.lck", "dbex.lck", "tmp");
    private final Driver driver;

    /** @param driver Derby's embedded driver, of the engine that runs the live database */
    public DerbyCopier(Driver driver) {
        this.driver = driver;
    }

    @Override
    public boolean handles(String product) {
        return product != null && product.contains("Derby");
    }

    @Override
    public Copy copy(DataSource live, Path folder) throws SQLException, IOException {
        Path target = folder.resolve("db");
        String product;
        try (Connection connection = live.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            try {
                onlineBackup(connection, target);
            } catch (SQLException refused) {
                if (!COPY_REFUSED.equals(refused.getSQLState())) {
                    throw refused;
                }
                LOG.warn("Derby's online backup refused the database ({}); copying it frozen instead, writes wait "
                        + "until the copy is done", refused.getMessage());
                emptyDirectory(target);
                frozenCopy(connection, target);
            }
        }
        Path copy = onlyDirectory(target);
        String url = "jdbc:derby:" + copy.toAbsolutePath();
        Map<String, TableDigests.TableDigest> tables;
        Map<String, String> versions;
        try (Connection connection = driver.connect(url, new Properties())) {
            tables = TableDigests.of(connection);
            versions = TableDigests.schemaVersions(connection);
        } finally {
            shutDown(url);
        }
        return new Copy(product, tables, versions, "stop the platform, replace data/db/" + copy.getFileName()
                + " by db/" + copy.getFileName() + " of this folder (bin/grassroots-restore does it), start");
    }

    private static void onlineBackup(Connection connection, Path target) throws SQLException {
        try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, target.toAbsolutePath().toString());
            backup.execute();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /**
     * Copies the database directory into {@code target/<name>} while Derby holds every write: the files are then
     * consistent on disk (log included), and the copy boots like a database after a crash. The freeze ends even
     * when the copy fails.
     */
    private static void frozenCopy(Connection connection, Path target) throws SQLException, IOException {
        Path database;
        try (Statement statement = connection.createStatement();
             ResultSet name = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_NAME()")) {
            name.next();
            database = Path.of(name.getString(1)).toAbsolutePath();
        }
        Path copy = target.resolve(database.getFileName().toString());
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_FREEZE_DATABASE()");
            try {
                copyTree(database, copy);
            } finally {
                statement.execute("CALL SYSCS_UTIL.SYSCS_UNFREEZE_DATABASE()");
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        LOG.info("Copied the frozen database {} in {} ms", database, (System.nanoTime() - started) / 1_000_000);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path relative = from.relativize(path);
                if (relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path destination = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Removes what a refused online backup may have left, keeping {@code target} itself. */
    private static void emptyDirectory(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            Files.createDirectories(target);
            return;
        }
        try (Stream<Path> paths = Files.walk(target)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(target)) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Closes the booted copy so its files are complete and nothing holds them open. */
    private void shutDown(String url) throws SQLException {
        try {
            driver.connect(url + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            if (!SHUTDOWN_OK.equals(expected.getSQLState())) {
                throw expected;
            }
        }
    }

    private static Path onlyDirectory(Path target) throws IOException {
        try (Stream<Path> entries = Files.list(target)) {
            List<Path> directories = entries.filter(Files::isDirectory).toList();
            if (directories.size() != 1) {
                throw new IOException("Derby's backup left " + directories.size() + " directories in " + target);
            }
            return directories.get(0);
        }
    }
}
