package org.grassroots.rural.internal;

import javax.sql.DataSource;

import org.grassroots.core.schema.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present once the module's tables (RUR_*, history in RUR_SCHEMA_HISTORY) are at the current version; everything
 * that uses the persistence unit references it, so nothing runs against an old schema.
 */
@Component(service = RuralSchema.class, immediate = true)
public class RuralSchema {
    static final String PREFIX = "RUR";

    @Activate
    public RuralSchema(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, RuralSchema.class, PREFIX, "db/rural");
    }
}
