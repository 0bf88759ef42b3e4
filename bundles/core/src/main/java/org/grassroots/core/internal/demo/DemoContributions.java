package org.grassroots.core.internal.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.PlatformStop;
import org.grassroots.core.internal.BackgroundThreads;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.Actors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the modules' {@link DemoDataContributor}s once core's demo district is loaded ({@link #open()}): those
 * present then in ascending order, later arrivals (a module installed into a running demo platform, or a start on a
 * database that holds core's district already) {@link #SETTLE_MILLIS} after they register, with the others of their
 * module that came meanwhile, again in order. One thread runs them one at a time, so contributors never race each other or core's loader; each is
 * called once per registration (contributors are idempotent, so a restart calls them again harmlessly).
 */
@Component(service = DemoContributions.class)
public class DemoContributions {
    private static final Logger LOG = LoggerFactory.getLogger(DemoContributions.class);

    private final Map<DemoDataContributor, Map<String, Object>> bound = new ConcurrentHashMap<>();
    private final Set<DemoDataContributor> called = ConcurrentHashMap.newKeySet();
    /** Module ids whose part is written, and those whose part failed (its error is in the log): for {@link #progress}. */
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    /** Contributors whose call is over (whatever its outcome) for their present registration. */
    private final Set<DemoDataContributor> completed = ConcurrentHashMap.newKeySet();
    /**
     * How long a contributor that arrives after core's district waits for the other contributors of its module: DS
     * activates a bundle's components one after another, and a module's contributors rely on their order (affairs'
     * terms after its year). The ones present then are called in their order.
     */
    static final long SETTLE_MILLIS = 2000;
    private final ScheduledExecutorService runner = BackgroundThreads.scheduled("demo-contributions");
    private volatile boolean open;
    /** Told after each module's part is written: demo loads write without audit lines. */
    private volatile DataGenerationsImpl generations;
    /** The modules whose part is loaded ({@code demoModules}); null for all. */
    private volatile Set<String> wanted;
    /** The copies of the demo district each contributor writes its part into, first copy first. */
    private volatile List<DemoCopy> copies = List.of();
    /**
     * Whether a contributor's failure was cut off by a stop (the platform's, core's or its module's): no failure then,
     * the next start writes the rest. {@link PlatformStop#cutOff}; a unit test decides by itself.
     */
    private final Predicate<DemoDataContributor> stoppedUnder;

    @Activate
    public DemoContributions(BundleContext context) {
        this(contributor -> PlatformStop.cutOff(context, contributor));
    }

    DemoContributions(Predicate<DemoDataContributor> stoppedUnder) {
        this.stoppedUnder = stoppedUnder;
    }

    @Reference
    void bindGenerations(DataGenerationsImpl generations) {
        this.generations = generations;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bind(DemoDataContributor contributor, Map<String, Object> properties) {
        bound.put(contributor, properties);
        if (open && !runner.isShutdown()) {
            runner.schedule(this::callPending, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    void unbind(DemoDataContributor contributor) {
        bound.remove(contributor);
        called.remove(contributor);
        completed.remove(contributor);
    }

    /**
     * Core's district is there: call the contributors present, in order, and from now on every new one.
     *
     * @param modules the modules whose part is wanted, null for all
     * @param districts the copies of the demo district (one unless {@code demoCopies} asks for more)
     */
    void open(Set<String> modules, List<DemoCopy> districts) {
        wanted = modules;
        copies = List.copyOf(districts);
        open = true;
        if (!runner.isShutdown()) {
            runner.execute(this::callPending);
        }
    }

    /** Calls, in their order, the contributors present that were not called yet for their present registration. */
    private void callPending() {
        List<DemoDataContributor> pending = new ArrayList<>(bound.keySet());
        pending.removeIf(called::contains);
        pending.sort(Comparator.comparingInt(DemoDataContributor::order));
        pending.forEach(this::call);
    }

    private void call(DemoDataContributor contributor) {
        // still registered (its module may have stopped meanwhile), and not called already for this registration
        Map<String, Object> properties = bound.get(contributor);
        if (properties == null || !called.add(contributor)) {
            return;
        }
        String module = moduleOf(properties, contributor);
        if (!isWanted(module)) {
            completed.add(contributor);
            return;
        }
        long started = System.currentTimeMillis();
        try {
            int added = 0;
            for (DemoCopy copy : copies) {
                added += Actors.as("demo-data", () -> contributor.contribute(copy));
            }
            LOG.info("Demo data of {}: {} added in {} ms", module, added, System.currentTimeMillis() - started);
            failed.remove(module);
            loaded.add(module);
        } catch (RuntimeException e) {
            if (cutOffByAStop(contributor)) {
                // a stop during the first start (an operator's, a test's) is nothing wrong: contributors are
                // idempotent, and the next start writes what is missing
                LOG.info("Demo data of {} cut off by the stop ({}); the next start writes the rest", module, e.toString());
            } else {
                LOG.error("Demo data of {} not loaded", module, e);
                failed.add(module);
            }
        } finally {
            DataGenerationsImpl tell = generations;
            if (tell != null) {
                tell.changed(module);
            }
            completed.add(contributor);
        }
    }

    /** Whether the platform, core or the contributor's module stopped while the contributor wrote. */
    private boolean cutOffByAStop(DemoDataContributor contributor) {
        return runner.isShutdown() || !bound.containsKey(contributor) || stoppedUnder.test(contributor);
    }

    private boolean isWanted(String module) {
        Set<String> modules = wanted;
        return modules == null || modules.contains(module);
    }

    /** {@code demoModules}: "*" (or blank) for every module, else comma-separated module ids. */
    static Set<String> moduleFilter(String setting) {
        String text = setting == null ? "" : setting.trim();
        if (text.isEmpty() || "*".equals(text)) {
            return null;
        }
        Set<String> modules = new java.util.TreeSet<>();
        for (String id : text.split(",")) {
            if (!id.isBlank()) {
                modules.add(id.trim());
            }
        }
        return Set.copyOf(modules);
    }

    private static String moduleOf(Map<String, Object> properties, DemoDataContributor contributor) {
        return String.valueOf(properties.getOrDefault("grassroots.module", contributor.getClass().getName()));
    }

    /**
     * Where the modules' parts stand: those registered whose call is not over (all of them until core's district
     * is loaded), those written and those that failed, each list sorted.
     */
    public DemoProgress progress() {
        List<String> pending = new ArrayList<>();
        bound.forEach((contributor, properties) -> {
            if (!completed.contains(contributor) && isWanted(moduleOf(properties, contributor))) {
                pending.add(moduleOf(properties, contributor));
            }
        });
        return new DemoProgress(sorted(pending), sorted(loaded), sorted(failed));
    }

    private static List<String> sorted(java.util.Collection<String> ids) {
        return ids.stream().sorted().toList();
    }

    /** What {@link #progress()} answers. */
    public record DemoProgress(List<String> pending, List<String> loaded, List<String> failed) {
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        runner.shutdownNow();
        runner.awaitTermination(30, TimeUnit.SECONDS);
    }
}
