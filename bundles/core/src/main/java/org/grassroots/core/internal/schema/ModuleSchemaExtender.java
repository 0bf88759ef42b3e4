package org.grassroots.core.internal.schema;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.sql.DataSource;

import org.grassroots.core.api.module.ModuleHeaders;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.schema.SchemaMigrations;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender behind the {@code Grassroots-Migrations} and {@code Grassroots-Scoped-Tables} headers: when a bundle
 * that carries them starts, core runs its migrations, records its scoped tables (bringing stale paths in line) and
 * then registers a {@link ModuleSchema} for it, which the module's persistence components reference, so they never
 * start before their tables are current. The registration goes when the bundle stops. A bundle whose migrations fail
 * gets no {@link ModuleSchema}: its components stay unsatisfied and the error is logged once.
 */
@Component(immediate = true)
public class ModuleSchemaExtender {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleSchemaExtender.class);

    private final DataSource dataSource;
    private final BundleTracker<Object> tracker;

    @Activate
    public ModuleSchemaExtender(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                                @Reference CoreSchema coreSchema, BundleContext context) {
        this.dataSource = dataSource;
        // the tracker is the extender pattern's own API: DS has no notion of "bundles with a header"
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private final class Customizer implements BundleTrackerCustomizer<Object> {
        @Override
        public Object addingBundle(Bundle bundle, BundleEvent event) {
            String migrations = bundle.getHeaders().get(ModuleHeaders.MIGRATIONS);
            String scoped = bundle.getHeaders().get(ModuleHeaders.SCOPED_TABLES);
            if (migrations == null && scoped == null) {
                return null;
            }
            try {
                return prepare(bundle, migrations, scoped);
            } catch (RuntimeException | java.sql.SQLException e) {
                LOG.error("Schema of bundle {} not prepared; its components stay inactive", bundle.getSymbolicName(), e);
                return Boolean.FALSE;
            }
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Object tracked) {
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Object tracked) {
            if (tracked instanceof ServiceRegistration<?> registration) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the framework unregistered it with the stopping bundle
                }
            }
        }
    }

    private Object prepare(Bundle bundle, String migrations, String scoped) throws java.sql.SQLException {
        String name = bundle.getSymbolicName();
        Migrations declared = migrations == null ? null : Migrations.parse(migrations);
        if (declared != null) {
            ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
            SchemaMigrations.migrate(dataSource, loader, declared.prefix(), declared.location());
        }
        List<ScopedTable> tables = ScopedTable.parse(scoped);
        if (!tables.isEmpty()) {
            ScopedTables.record(dataSource, name, tables);
        }
        if (declared == null) {
            return Boolean.TRUE;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(ModuleSchema.BUNDLE, name);
        ModuleSchema schema = new Migrated(name, declared.prefix());
        // registered in the module's own context: it belongs to the module and goes when the module stops, so
        // installing or removing a module changes no service of core
        return bundle.getBundleContext().registerService(ModuleSchema.class, schema, properties);
    }

    private record Migrated(String bundle, String prefix) implements ModuleSchema {
    }

    /** {@code db/industrial;prefix=IND}. */
    record Migrations(String location, String prefix) {
        static Migrations parse(String header) {
            String[] parts = header.trim().split(";");
            String prefix = null;
            for (int i = 1; i < parts.length; i++) {
                String[] attribute = parts[i].trim().split("=", 2);
                if (attribute.length == 2 && attribute[0].trim().equals("prefix")) {
                    prefix = attribute[1].trim();
                }
            }
            if (prefix == null || !prefix.matches("[A-Z][A-Z0-9]{1,15}") || parts[0].isBlank()) {
                throw new IllegalArgumentException(ModuleHeaders.MIGRATIONS + ": '" + header
                        + "' (expected <folder>;prefix=<TABLE PREFIX>, e.g. db/industrial;prefix=IND)");
            }
            return new Migrations(parts[0].trim(), prefix);
        }
    }
}
