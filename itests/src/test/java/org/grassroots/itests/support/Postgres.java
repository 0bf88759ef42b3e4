package org.grassroots.itests.support;

import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.ops4j.pax.exam.Option;

/**
 * The PostgreSQL server the tests may run the platform on (driver side only): where it is comes from libpq's
 * environment variables {@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD} (defaults 127.0.0.1, 5432,
 * postgres, none), which {@code .ci/run} sets for the throwaway cluster it starts. Every platform started here gets a
 * database of its own, so no test sees another's data; the cluster is thrown away with them.
 *
 * <p>{@code -Dgrassroots.itests.db=postgres} runs every test container on PostgreSQL instead of Derby
 * ({@link #suiteWide()}).
 */
public final class Postgres {
    /** The JDBC driver's DataSourceFactory name, what etc/org.ops4j.datasource-grassroots.cfg names. */
    public static final String DRIVER_NAME = "PostgreSQL JDBC Driver";
    /** The data source configuration an operator edits to switch (docs/postgresql.md). */
    public static final String CONFIG_FILE = "etc/org.ops4j.datasource-grassroots.cfg";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Postgres() {
    }

    /** Whether {@code -Dgrassroots.itests.db=postgres} asks for every container on PostgreSQL. */
    public static boolean suiteWide() {
        return "postgres".equalsIgnoreCase(System.getProperty("grassroots.itests.db", "derby").trim());
    }

    /**
     * Whether a missing server fails the tests rather than skipping them: {@code .ci/run} sets
     * {@code GRASSROOTS_ITESTS_POSTGRES=required} once it started its cluster, so a broken setup is not a silent skip.
     */
    public static boolean required() {
        return "required".equalsIgnoreCase(env("GRASSROOTS_ITESTS_POSTGRES", ""));
    }

    /** {@code host:port as user}, for messages. */
    public static String where() {
        return host() + ":" + port() + " as " + user();
    }

    /** Null when the server answers, else why not (for the skip or failure message). */
    public static String unreachableReason() {
        try (Connection connection = connect("postgres")) {
            return connection.isValid(5) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** A new empty database (UTF-8), its name unique in this JVM's run. */
    public static String createDatabase(String purpose) {
        String name = ("grassroots_it_" + purpose + "_" + ProcessHandle.current().pid() + "_"
                + DATABASES.incrementAndGet()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name + " on " + where() + ": "
                    + e.getMessage(), e);
        }
        return name;
    }

    /** An open connection to {@code database} as the configured user. */
    public static Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        String password = env("PGPASSWORD", "");
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url(database), properties);
    }

    /** {@code jdbc:postgresql://host:port/database}. */
    public static String url(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /**
     * Switches an unpacked distribution to {@code database}: the one file an operator edits, with the keys the
     * operator guide names (the Derby lines replaced).
     */
    public static void configure(Path karafHome, String database) throws java.io.IOException {
        Path file = karafHome.resolve(CONFIG_FILE);
        KarafInstance.setProperty(file, "osgi.jdbc.driver.name", DRIVER_NAME);
        KarafInstance.setProperty(file, "url", url(database));
        KarafInstance.setProperty(file, "user", user());
        if (!env("PGPASSWORD", "").isEmpty()) {
            KarafInstance.setProperty(file, "password", env("PGPASSWORD", ""));
        }
    }

    /** The same switch for a Pax Exam container. */
    public static Option[] examOptions(String database) {
        String password = env("PGPASSWORD", "");
        return options(
                editConfigurationFilePut(CONFIG_FILE, "osgi.jdbc.driver.name", DRIVER_NAME),
                editConfigurationFilePut(CONFIG_FILE, "url", url(database)),
                editConfigurationFilePut(CONFIG_FILE, "user", user()),
                when(!password.isEmpty()).useOptions(editConfigurationFilePut(CONFIG_FILE, "password", password)));
    }

    private static String host() {
        String host = env("PGHOST", "127.0.0.1");
        // a socket directory (libpq allows it) is not something JDBC can use
        return host.startsWith("/") ? "127.0.0.1" : host;
    }

    private static String port() {
        return env("PGPORT", "5432");
    }

    private static String user() {
        return env("PGUSER", "postgres");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
