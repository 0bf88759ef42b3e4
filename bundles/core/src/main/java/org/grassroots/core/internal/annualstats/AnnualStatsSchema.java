package org.grassroots.core.internal.annualstats;

import javax.sql.DataSource;

import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.schema.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present once the report tables are at the current version. They keep a migration history of their own
 * ({@code CORE_ANNUAL_SCHEMA_HISTORY}, scripts in {@code db/annualstats}) so that their versions never collide with
 * core's numbered scripts written on other branches.
 */
@Component(service = AnnualStatsSchema.class, immediate = true)
public class AnnualStatsSchema {
    static final String PREFIX = "CORE_ANNUAL";
    static final String LOCATION = "db/annualstats";

    @Activate
    public AnnualStatsSchema(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                             @Reference CoreSchema coreSchema) {
        SchemaMigrations.migrate(dataSource, AnnualStatsSchema.class, PREFIX, LOCATION);
    }
}
