package org.grassroots.core.internal.schema;

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

    @Activate
    public CoreSchema(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                      @Reference PersonalDataKeys keys) {
        SchemaMigrations.migrate(dataSource, CoreSchema.class, "CORE", "db/core");
        new PlaintextEncryption(dataSource, keys.cipher()).run();
        new LookupIndexBackfill(dataSource, keys.cipher()).run();
    }
}
