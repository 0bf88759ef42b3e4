package org.grassroots.core.internal.schema;

import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.grassroots.core.internal.security.PersonalDataKeys;
import org.grassroots.core.schema.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present as a service once core's tables are at the current version and no member row holds personal data in
 * clear any more. Components that use the persistence unit reference it, so they never start against an old
 * schema.
 */
@Component(service = CoreSchema.class, immediate = true)
public class CoreSchema {
    /** Core's materialized-path columns: the tree itself and every core table that copies a unit's path. */
    private static final List<ScopedTable> PATH_TABLES = Stream.concat(
            Stream.of(new ScopedTable("CORE_ORGANIZATION", "PATH", null)), ScopedTables.CORE_TABLES.stream()).toList();

    @Activate
    public CoreSchema(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                      @Reference PersonalDataKeys keys) {
        SchemaMigrations.migrate(dataSource, CoreSchema.class, "CORE", "db/core");
        PostgresSchema.ensurePrefixIndexes(dataSource, PATH_TABLES);
        new PlaintextEncryption(dataSource, keys.cipher()).run();
        new LookupIndexBackfill(dataSource, keys.cipher()).run();
    }
}
