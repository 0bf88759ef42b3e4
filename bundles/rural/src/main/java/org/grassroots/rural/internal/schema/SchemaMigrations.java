package org.grassroots.rural.internal.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local copy of core's SchemaMigrations until core exports it (org.grassroots.core.schema); replace then.
 *
 * Runs one bundle's versioned SQL migrations with Flyway. Each bundle keeps its own history table
 * ({@code <PREFIX>_SCHEMA_HISTORY}) so modules migrate independently of each other and of core, on the
 * one shared schema.
 */
public final class SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    /**
     * @param owner     a class of the bundle whose migrations run (its class loader finds them)
     * @param prefix    the bundle's table prefix, e.g. {@code CORE}
     * @param location  where the scripts are inside the bundle, e.g. {@code db/core}
     */
    public static MigrateResult migrate(DataSource dataSource, Class<?> owner, String prefix, String location) {
        Flyway flyway = Flyway.configure(owner.getClassLoader())
                .dataSource(dataSource)
                .table(prefix + "_SCHEMA_HISTORY")
                .locations("classpath:" + location)
                // the schema is shared: other bundles' tables are already there when this one first migrates
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info("Schema {}: {} migration(s) applied, now at version {}", prefix, result.migrationsExecuted,
                result.targetSchemaVersion == null ? flyway.info().current().getVersion() : result.targetSchemaVersion);
        return result;
    }
}
