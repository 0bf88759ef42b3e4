package org.grassroots.core.internal.schema;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.grassroots.core.api.module.ModuleHeaders;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.internal.BackgroundThreads;
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
 * that carries them starts, core runs its migrations (on its own thread), records its scoped tables (bringing stale paths in line) and
 * then registers a {@link ModuleSchema} for it, which the module's persistence components reference, so they never
 * start before their tables are current. The registration goes when the bundle stops. A bundle whose migrations fail
 * gets no {@link ModuleSchema}: its components stay unsatisfied, the error is logged once and
 * {@link ModuleSchemaFailures} keeps the reason for the module registry. Flyway runs each script in a transaction
 * (Derby and PostgreSQL both roll DDL back), so a script failing half-way leaves the tables as they were.
 */
@Component(immediate = true)
public class ModuleSchemaExtender {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleSchemaExtender.class);

    private final DataSource dataSource;
    private final ModuleSchemaFailures failures;
    private final BundleTracker<Prepared> tracker;
    // migrations run here, not on the thread that starts the bundle (Karaf's feature installer), so a slow migration
    // never holds up the start of the bundles after it; the module's components wait for its ModuleSchema anyway
    private final ExecutorService worker = BackgroundThreads.single("module-schema");

    @Activate
    public ModuleSchemaExtender(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                                @Reference CoreSchema coreSchema, @Reference ModuleSchemaFailures failures,
                                BundleContext context) {
        this.dataSource = dataSource;
        this.failures = failures;
        // the tracker is the extender pattern's own API: DS has no notion of "bundles with a header"
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
        tracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        worker.shutdownNow();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    private final class Customizer implements BundleTrackerCustomizer<Prepared> {
        @Override
        public Prepared addingBundle(Bundle bundle, BundleEvent event) {
            String migrations = bundle.getHeaders().get(ModuleHeaders.MIGRATIONS);
            String scoped = bundle.getHeaders().get(ModuleHeaders.SCOPED_TABLES);
            if (migrations == null && scoped == null) {
                return null;
            }
            Prepared prepared = new Prepared(bundle, migrations, scoped);
            worker.execute(prepared::run);
            return prepared;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Prepared prepared) {
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Prepared prepared) {
            prepared.cancel();
        }
    }

    /** One bundle's schema work and, once done, its ModuleSchema registration (until the bundle stops). */
    private final class Prepared {
        private final Bundle bundle;
        private final String migrations;
        private final String scoped;
        private ServiceRegistration<ModuleSchema> registration;
        private boolean cancelled;

        Prepared(Bundle bundle, String migrations, String scoped) {
            this.bundle = bundle;
            this.migrations = migrations;
            this.scoped = scoped;
        }

        void run() {
            synchronized (this) {
                if (cancelled) {
                    return;
                }
            }
            String name = bundle.getSymbolicName();
            failures.forget(bundle);
            try {
                Migrations declared = migrations == null ? null : Migrations.parse(migrations);
                if (declared != null) {
                    ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
                    SchemaMigrations.migrate(dataSource, loader, declared.prefix(), declared.location());
                }
                List<ScopedTable> tables = ScopedTable.parse(scoped);
                if (!tables.isEmpty()) {
                    ScopedTables.record(dataSource, name, tables);
                    PostgresSchema.ensurePrefixIndexes(dataSource, tables);
                }
                if (declared != null) {
                    // DS activates the module's components that wait for the ModuleSchema on the registering thread:
                    // one that never returns from its activation must hold that thread only, not this one, which
                    // migrates every module installed after it
                    Thread registrar = new Thread(() -> {
                        try {
                            register(name, declared.prefix());
                        } finally {
                            failures.activated(bundle);
                        }
                    }, "grassroots-module-schema " + name);
                    registrar.setDaemon(true);
                    failures.activating(bundle);
                    registrar.start();
                }
            } catch (RuntimeException | java.sql.SQLException e) {
                recordFailure(e);
                LOG.error("Schema of bundle {} not prepared; its components stay inactive", name, e);
            }
        }

        private synchronized void recordFailure(Exception e) {
            if (!cancelled) {
                failures.failed(bundle, ModuleSchemaFailures.reason(e));
            }
        }

        /**
         * Not synchronized while it registers: DS activates the module's waiting components inside
         * {@code registerService}, and one that hangs there must not keep {@link #cancel()} (the module's stop) waiting.
         */
        private void register(String name, String prefix) {
            BundleContext context;
            synchronized (this) {
                context = bundle.getBundleContext();
                if (cancelled || context == null) {
                    return;
                }
            }
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(ModuleSchema.BUNDLE, name);
            // registered in the module's own context: it belongs to the module and goes when the module stops, so
            // installing or removing a module changes no service of core
            ServiceRegistration<ModuleSchema> registered;
            try {
                registered = context.registerService(ModuleSchema.class, new Migrated(name, prefix), properties);
            } catch (IllegalStateException stopped) {
                return; // the bundle stopped meanwhile: nothing to register for
            }
            synchronized (this) {
                if (!cancelled) {
                    registration = registered;
                    return;
                }
            }
            unregister(registered);
        }

        synchronized void cancel() {
            cancelled = true;
            failures.forget(bundle);
            if (registration != null) {
                unregister(registration);
            }
        }

        private static void unregister(ServiceRegistration<ModuleSchema> registration) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it with the stopping bundle
            }
        }
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
