package org.grassroots.core.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * Derby's online backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}): Derby copies its data files and the log written
 * meanwhile, so the copy is the database as of the end of the backup, and other transactions keep reading and
 * writing (only operations Derby does not log, such as creating an index, wait). The copy lands in {@code db/<name>}
 * of the folder and is a complete database: restoring is putting that directory back. It is then booted once,
 * read-only in effect, to digest its tables, and shut down again before its files are checksummed.
 */
public final class DerbyCopier implements DatabaseCopier {
    private static final String SHUTDOWN_OK = "08006";
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
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, target.toAbsolutePath().toString());
                backup.execute();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
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
