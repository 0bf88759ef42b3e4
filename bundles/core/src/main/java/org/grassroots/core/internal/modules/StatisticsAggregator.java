package org.grassroots.core.internal.modules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleState;
import org.grassroots.core.api.module.ModuleStatistics;
import org.grassroots.core.api.module.PlatformStop;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticDefinition;
import org.grassroots.core.api.module.StatisticsProvider;
import org.grassroots.core.api.module.StatisticsReport;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.generations.GenerationCache;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the figures of every {@link StatisticsProvider} (service property {@code grassroots.module=<id>}) whose
 * module is active; core's own provider ({@code core}) always comes first. A provider that fails is left out and
 * logged, so one broken module never blanks the district dashboard.
 */
@Component(service = StatisticsAggregator.class)
public class StatisticsAggregator {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsAggregator.class);
    static final String CORE = "core";

    /** Entries of (module, subtree, year, day): ten modules' figures for a few hundred subtrees and years. */
    static final int CAPACITY = 5000;

    private final Map<StatisticsProvider, String> providers = new ConcurrentHashMap<>();
    private final GenerationCache<GenerationCache.Key, ModuleStatistics> cache = new GenerationCache<>(CAPACITY);
    private final GenerationCache<GenerationCache.Key, Set<Integer>> yearsWithData = new GenerationCache<>(CAPACITY);
    private final ModuleRegistry registry;
    private final OrganizationService organizations;
    private final DataGenerationsImpl generations;
    private final BundleContext context;

    @Activate
    public StatisticsAggregator(@Reference ModuleRegistry registry, @Reference OrganizationService organizations,
                                @Reference DataGenerationsImpl generations, BundleContext context) {
        this.context = context;
        this.registry = registry;
        this.organizations = organizations;
        this.generations = generations;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + ModuleRegistry.MODULE_PROPERTY + "=*)")
    void bindProvider(StatisticsProvider provider, Map<String, Object> properties) {
        String module = String.valueOf(properties.get(ModuleRegistry.MODULE_PROPERTY));
        providers.put(provider, module);
        cache.forget(GenerationCache.Key.ofModule(module));
        yearsWithData.forget(GenerationCache.Key.ofModule(module));
    }

    void unbindProvider(StatisticsProvider provider) {
        String module = providers.remove(provider);
        if (module != null) {
            cache.forget(GenerationCache.Key.ofModule(module));
            yearsWithData.forget(GenerationCache.Key.ofModule(module));
        }
    }

    /**
     * Every active module's figures, each from the cache while its data generation is unchanged, else computed (and
     * timed: {@link ModuleStatistics#costMillis()}). The generations are read once, before anything is computed.
     */
    public StatisticsReport report(long subtreeOf, int year) {
        organizations.get(subtreeOf);
        Map<String, Long> current = generations.all();
        LocalDate today = LocalDate.now();
        Set<String> active = registry.modules().stream().filter(m -> m.state() == ModuleState.ACTIVE)
                .map(ModuleInfo::id).collect(Collectors.toSet());
        Map<String, List<StatisticsProvider>> byModule = new TreeMap<>();
        providers.forEach((provider, module) -> {
            if (CORE.equals(module) || active.contains(module)) {
                byModule.computeIfAbsent(module, m -> new ArrayList<>()).add(provider);
            }
        });
        List<ModuleStatistics> modules = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<StatisticsProvider> core = byModule.remove(CORE);
        if (core != null) {
            collect(CORE, core, subtreeOf, year, today, current, modules, failed);
        }
        byModule.forEach((module, list) -> collect(module, list, subtreeOf, year, today, current, modules, failed));
        return new StatisticsReport(subtreeOf, year, modules, failed);
    }

    private void collect(String module, List<StatisticsProvider> list, long subtreeOf, int year, LocalDate today,
                         Map<String, Long> current, List<ModuleStatistics> modules, List<String> failed) {
        GenerationCache.Key key = new GenerationCache.Key(module, subtreeOf, year, today);
        long generation = DataGenerationsImpl.stamp(current, module);
        ModuleStatistics stored = cache.get(key, generation);
        if (stored != null) {
            ModuleStatistics cached = stored.fromCache();
            LOG.debug("Figures of {} for unit {}, {}: cached (computed in {} ms)", module, subtreeOf, year,
                    cached.costMillis());
            modules.add(cached);
            return;
        }
        long started = System.nanoTime();
        List<Statistic> figures = compute(module, list, subtreeOf, year);
        double millis = (System.nanoTime() - started) / 1e6;
        LOG.debug("Figures of {} for unit {}, {}: computed in {} ms", module, subtreeOf, year, millis);
        if (figures == null) {
            failed.add(module);
            return;
        }
        ModuleStatistics computed = new ModuleStatistics(module, figures, millis, false);
        if (!CORE.equals(module)) {
            computed = labelled(computed, registry.module(module).map(ModuleInfo::statistics).orElse(List.of()));
        }
        cache.put(key, generation, computed);
        modules.add(computed);
    }

    /** Adds each figure's declared breakdown labels, so that the report carries a label for every key. */
    static ModuleStatistics labelled(ModuleStatistics figures, List<StatisticDefinition> definitions) {
        Map<String, Map<String, LocalizedText>> declared = new HashMap<>();
        definitions.forEach(d -> declared.put(d.id(), d.breakdownLabels()));
        return new ModuleStatistics(figures.module(), figures.statistics().stream()
                .map(s -> s.withDefaultLabels(declared.getOrDefault(s.id(), Map.of()))).toList(),
                figures.costMillis(), figures.cached());
    }

    /** The years any provider of an active module (or core) has figures for, newest first. */
    public List<Integer> years(long subtreeOf) {
        return years(subtreeOf, null);
    }

    /** Like {@link #years(long)}, for one module's providers only when {@code only} is not null. */
    public List<Integer> years(long subtreeOf, String only) {
        organizations.get(subtreeOf);
        Map<String, Long> current = generations.all();
        LocalDate today = LocalDate.now();
        Set<String> active = registry.modules().stream().filter(m -> m.state() == ModuleState.ACTIVE)
                .map(ModuleInfo::id).collect(Collectors.toSet());
        Map<String, List<StatisticsProvider>> byModule = new TreeMap<>();
        providers.forEach((provider, module) -> {
            if ((only == null || only.equals(module)) && (CORE.equals(module) || active.contains(module))) {
                byModule.computeIfAbsent(module, m -> new ArrayList<>()).add(provider);
            }
        });
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        byModule.forEach((module, list) -> {
            // year 0 in the key: the years with data, not a year's figures
            GenerationCache.Key key = new GenerationCache.Key(module, subtreeOf, 0, today);
            long generation = DataGenerationsImpl.stamp(current, module);
            Set<Integer> known = yearsWithData.get(key, generation);
            if (known == null) {
                known = new TreeSet<>();
                boolean complete = true;
                for (StatisticsProvider provider : list) {
                    try {
                        known.addAll(provider.years(subtreeOf));
                    } catch (RuntimeException e) {
                        complete = false; // asked again next time, not kept
                        if (PlatformStop.cutOff(context, provider)) {
                            LOG.info("Years with figures of module {} cut off by a stop; left out", module);
                        } else {
                            LOG.warn("Years with figures of module {} failed; left out", module, e);
                        }
                    }
                }
                known = Set.copyOf(known);
                if (complete) {
                    yearsWithData.put(key, generation, known);
                }
            }
            years.addAll(known);
        });
        return List.copyOf(years);
    }

    /** The module's figures from all its providers, or null when one failed (a fault of the module, logged). */
    private List<Statistic> compute(String module, List<StatisticsProvider> list, long subtreeOf, int year) {
        List<Statistic> figures = new ArrayList<>();
        for (StatisticsProvider provider : list) {
            try {
                figures.addAll(provider.compute(subtreeOf, year));
            } catch (GrassrootsException e) {
                throw e;
            } catch (RuntimeException e) {
                // a fault of the module, not of the request: the report names the module as failed; the same
                // failure while the platform or the module stops is expected (an ERROR would alarm for nothing)
                if (PlatformStop.cutOff(context, provider)) {
                    LOG.info("Statistics of module {} cut off by a stop; the report names it as failed", module);
                } else {
                    LOG.error("Statistics of module {} failed; the report names it as failed", module, e);
                }
                return null;
            }
        }
        return figures;
    }
}
