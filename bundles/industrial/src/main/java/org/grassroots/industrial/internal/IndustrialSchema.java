package org.grassroots.industrial.internal;

import javax.sql.DataSource;

import org.grassroots.core.schema.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present once the module's tables ({@code IND_*}, history in {@code IND_SCHEMA_HISTORY}) are at the current
 * version; everything that uses the persistence unit references it.
 */
@Component(service = IndustrialSchema.class, immediate = true)
public class IndustrialSchema {
    static final String PREFIX = "IND";

    @Activate
    public IndustrialSchema(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, IndustrialSchema.class, PREFIX, "db/industrial");
    }
}
