package ${package}.internal;

import javax.sql.DataSource;

import org.grassroots.core.schema.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Present once the module's tables (${moduleId.toUpperCase()}_*, history in ${moduleId.toUpperCase()}_SCHEMA_HISTORY) are at the
 * current version (scripts in db/${moduleId}); everything that uses the persistence unit references it, so nothing
 * runs against an old schema. Uninstalling the module never drops its tables.
 */
@Component(service = ModuleSchema.class, immediate = true)
public class ModuleSchema {
    static final String PREFIX = "${moduleId.toUpperCase()}";

    @Activate
    public ModuleSchema(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, ModuleSchema.class, PREFIX, "db/" + ModuleDefinition.ID);
    }
}
