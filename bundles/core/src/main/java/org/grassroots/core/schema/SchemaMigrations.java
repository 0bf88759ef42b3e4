package org.grassroots.core.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.grassroots.core.internal.schema.AppliedScripts;
import org.grassroots.core.internal.schema.PostgresSchema;
import org.flywaydb.core.api.output.MigrateResult;
import org.grassroots.core.internal.schema.SchemaChanges;
import org.grassroots.core.internal.schema.SchemaVersionGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one bundle's versioned SQL migrations with Flyway. Each bundle keeps its own history table
 * ({@code <PREFIX>_SCHEMA_HISTORY}) so modules migrate independently of each other and of core, on the
 * one shared schema. Modules call this from the component that guards their persistence unit (see
 * {@code docs/module-spi.md}); Flyway stays private to core, so a module needs no Flyway import.
 */
public final class SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    /**
     * Brings the bundle's tables to the newest version; migrations already applied are skipped, so calling it on
     * every start is cheap: when the history already records each script as applied (unchanged), Flyway is not even
     * loaded ({@link AppliedScripts}). Uninstalling a module never drops its tables, so a reinstall finds its data.
     *
     * @param owner    a class of the bundle whose migrations run (its class loader finds them)
     * @param prefix   the bundle's table prefix, e.g. {@code CORE}, {@code IND}
     * @param location where the scripts are inside the bundle, e.g. {@code db/core}
     * @return how many migrations were applied now
     * @throws IllegalStateException when the database is newer than the bundle (its history holds a version the
     *                               bundle does not ship): nothing is changed, the reason is logged
     */
    public static int migrate(DataSource dataSource, Class<?> owner, String prefix, String location) {
        return migrate(dataSource, owner.getClassLoader(), prefix, location);
    }

    /**
     * Like {@link #migrate(DataSource, Class, String, String)} with the class loader of the bundle whose scripts run
     * (core's extender passes the loader of a bundle that declares {@code Grassroots-Migrations}).
     */
    public static int migrate(DataSource dataSource, ClassLoader loader, String prefix, String location) {
        // the usual start: the history records exactly these scripts as applied, so Flyway would find nothing to do
        if (AppliedScripts.upToDate(dataSource, loader, prefix, location)) {
            SchemaVersionGuard.accepted(prefix);
            LOG.info("Schema {}: up to date (the history records each of the bundle's scripts as applied)", prefix);
            return 0;
        }
        // the scripts are written for Derby and PostgreSQL; what PostgreSQL lacks (the type BLOB) comes first
        PostgresSchema.prepareTypes(dataSource);
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .table(prefix + "_SCHEMA_HISTORY")
                .locations("classpath:" + location)
                // the schema is shared: other bundles' tables are already there when this one first migrates
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // migrations of one bundle are written on parallel branches (e.g. V3 landed before V2): apply a
                // lower version that arrives later instead of refusing to start
                .outOfOrder(true)
                .load();
        MigrateResult result;
        // never while an online backup copies the files a migration may drop (SchemaChanges)
        SchemaChanges.migrating().lock();
        try {
            // a database written by a newer release is refused, not migrated around (Flyway would ignore what it
            // does not know); the check reads the history once more, which costs milliseconds per bundle
            SchemaVersionGuard.check(flyway, prefix);
            result = flyway.migrate();
        } finally {
            SchemaChanges.migrating().unlock();
        }
        // the result names the version either way; flyway.info() would scan and query everything a second time
        LOG.info("Schema {}: {} migration(s) applied, now at version {}", prefix, result.migrationsExecuted,
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
        return result.migrationsExecuted;
    }
}
