package org.grassroots.core.internal.modules;

import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleState;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.BackgroundThreads;
import org.grassroots.core.internal.ModuleStartGate;
import org.grassroots.core.internal.demo.DemoDataLoader;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the console dashboard's figures once the platform has settled after a start, so that the first person who
 * opens a dashboard finds them in the cache instead of waiting for every module to count five years of data on a JVM
 * that has compiled none of it (12.5–14.4 s for the demo district's first dashboard, against 0.7 s once cached:
 * docs/benchmarks.md, "Console"). What it computes is what the dashboard asks for: for each top unit and each street
 * or park right below one (the offices that open these dashboards), the years with data, the five years ending at
 * the newest of them, and the roll at each of those years' ends. The figures stay cached until their data changes
 * ({@link StatisticsAggregator}); a change afterwards is counted again by the request that needs it.
 * <p>
 * Settled means: the modules have been let start ({@link ModuleStartGate#modulesReleased}), no demo data is being
 * written, and the set of active modules has not changed for {@value #STEADY_POLLS} checks {@link #POLL} apart. Earlier,
 * the work would compete with the start and with the demo's writers (whose locks the figures wait on), and a figure
 * counted before a module's demo part is in would be counted again. {@code dashboardWarmup = false} in
 * {@code etc/org.grassroots.core.cfg} turns it off (the integration tests do, except the one that checks it).
 */
@Component(immediate = true, configurationPid = "org.grassroots.core", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class DashboardWarmup {
    /** The years of the dashboard's trends ({@code TREND_YEARS} in the console's dashboard.js). */
    static final int TREND_YEARS = 5;
    static final Duration POLL = Duration.ofSeconds(5);
    static final int STEADY_POLLS = 3;
    /** A first start writing a city's demo takes minutes; after this the figures are left to the first dashboard. */
    static final Duration GIVE_UP = Duration.ofMinutes(30);
    /**
     * The units below a top unit whose dashboards are warmed too: the street and park offices, which run the modules
     * for everything below them. The demo district's 40 other units right below it (district organs, institutions,
     * social organizations) are small subtrees whose first dashboard counts quickly; warming them as well took the
     * warm-up from 46 s to 101 s of one core (bench, 6 Dec).
     */
    static final Set<UnitType> OFFICES = Set.of(UnitType.STREET, UnitType.PARK);
    private static final Logger LOG = LoggerFactory.getLogger(DashboardWarmup.class);

    public @interface Config {
        /** Compute the dashboard's figures in the background once the platform has settled after a start. */
        boolean dashboardWarmup() default true;
    }

    private final StatisticsAggregator statistics;
    private final MemberHistory history;
    private final OrganizationService organizations;
    private final ModuleRegistry registry;
    private final DemoDataLoader demo;
    private final BundleContext context;
    private final ScheduledExecutorService thread;
    private final Steadiness steadiness = new Steadiness(STEADY_POLLS);
    private final long since = System.nanoTime();
    private volatile boolean stopping;

    @Activate
    public DashboardWarmup(@Reference StatisticsAggregator statistics, @Reference MemberHistory history,
                           @Reference OrganizationService organizations, @Reference ModuleRegistry registry,
                           @Reference DemoDataLoader demo, BundleContext context, Config config) {
        this.statistics = statistics;
        this.history = history;
        this.organizations = organizations;
        this.registry = registry;
        this.demo = demo;
        this.context = context;
        if (!config.dashboardWarmup()) {
            this.thread = null;
            return;
        }
        this.thread = BackgroundThreads.scheduled("dashboard-warmup");
        thread.scheduleWithFixedDelay(this::check, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        if (thread != null) {
            thread.shutdown();
            // one module's figures for one unit and year at most: the stop waits for it rather than cutting a query off
            thread.awaitTermination(20, TimeUnit.SECONDS);
        }
    }

    private void check() {
        try {
            Set<String> active = registry.modules().stream().filter(m -> m.state() == ModuleState.ACTIVE)
                    .map(ModuleInfo::id).collect(Collectors.toSet());
            boolean settled = steadiness.observe(ModuleStartGate.modulesReleased(context) && !demo.status().loading()
                    ? active : null);
            if (settled) {
                thread.shutdown();
                Actors.as("dashboard-warmup", this::warm);
            } else if (System.nanoTime() - since > GIVE_UP.toNanos()) {
                thread.shutdown();
                LOG.info("Dashboard figures not warmed: the platform did not settle within {} of its start "
                        + "(the first dashboard computes them)", GIVE_UP);
            }
        } catch (RuntimeException e) {
            thread.shutdown();
            if (!stopping) {
                LOG.error("Warming the dashboard's figures failed; the first dashboard computes them", e);
            }
        }
    }

    private Void warm() {
        long started = System.nanoTime();
        List<Long> units = new ArrayList<>();
        for (Organization root : organizations.roots()) {
            units.add(root.id());
        }
        for (Organization root : organizations.roots()) {
            organizations.children(root.id()).stream().filter(child -> OFFICES.contains(child.unitType()))
                    .forEach(child -> units.add(child.id()));
        }
        int reports = 0;
        for (long unit : units) {
            List<Integer> years = trendYears(statistics.years(unit), Year.now().getValue());
            for (int year : years) {
                if (stopping) {
                    return null;
                }
                statistics.report(unit, year);
                reports++;
            }
            history.atYearEnds(unit, years.get(0), years.get(years.size() - 1));
        }
        LOG.info("Dashboard figures warmed: {} units, {} reports in {} ms (the first dashboard after this start reads "
                + "them from the cache)", units.size(), reports, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return null;
    }

    /**
     * The years a dashboard shows first, oldest first: the five ending at the newest year with data, or at last year
     * when there is none (the console's year picker starts there).
     */
    static List<Integer> trendYears(List<Integer> yearsWithDataNewestFirst, int thisYear) {
        int newest = yearsWithDataNewestFirst.isEmpty() ? thisYear - 1 : yearsWithDataNewestFirst.get(0);
        return IntStream.rangeClosed(newest - TREND_YEARS + 1, newest).boxed().toList();
    }

    /** Whether what it observes has stayed the same for a number of consecutive observations; null is "not yet". */
    static final class Steadiness {
        private final int needed;
        private Object last;
        private int same;

        Steadiness(int needed) {
            this.needed = needed;
        }

        boolean observe(Object state) {
            if (state == null) {
                last = null;
                same = 0;
                return false;
            }
            same = state.equals(last) ? same + 1 : 1;
            last = state;
            return same >= needed;
        }
    }
}
