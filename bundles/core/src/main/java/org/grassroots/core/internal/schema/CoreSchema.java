package org.grassroots.core.internal.schema;

import javax.sql.DataSource;

import org.grassroots.core.schema.SchemaMigrations;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present as a service once core's tables are at the current version. Components that use the
 * persistence unit reference it, so they never start against an old schema.
 */
@Component(service = CoreSchema.class, immediate = true)
public class CoreSchema {

    @Activate
    public CoreSchema(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, CoreSchema.class, "CORE", "db/core");
    }
}
