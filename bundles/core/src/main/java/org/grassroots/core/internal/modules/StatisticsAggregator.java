package org.grassroots.core.internal.modules;

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
import org.grassroots.core.api.module.StatisticDefinition;
import org.grassroots.core.api.module.StatisticsProvider;
import org.grassroots.core.api.module.StatisticsReport;
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

    private final Map<StatisticsProvider, String> providers = new ConcurrentHashMap<>();
    private final ModuleRegistry registry;
    private final OrganizationService organizations;

    @Activate
    public StatisticsAggregator(@Reference ModuleRegistry registry, @Reference OrganizationService organizations) {
        this.registry = registry;
        this.organizations = organizations;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + ModuleRegistry.MODULE_PROPERTY + "=*)")
    void bindProvider(StatisticsProvider provider, Map<String, Object> properties) {
        providers.put(provider, String.valueOf(properties.get(ModuleRegistry.MODULE_PROPERTY)));
    }

    void unbindProvider(StatisticsProvider provider) {
        providers.remove(provider);
    }

    public StatisticsReport report(long subtreeOf, int year) {
        organizations.get(subtreeOf);
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
            ModuleStatistics figures = compute(CORE, core, subtreeOf, year);
            if (figures != null) {
                modules.add(figures);
            } else {
                failed.add(CORE);
            }
        }
        byModule.forEach((module, list) -> {
            ModuleStatistics figures = compute(module, list, subtreeOf, year);
            if (figures != null) {
                modules.add(labelled(figures, registry.module(module).map(ModuleInfo::statistics).orElse(List.of())));
            } else {
                failed.add(module);
            }
        });
        return new StatisticsReport(subtreeOf, year, modules, failed);
    }

    /** Adds each figure's declared breakdown labels, so that the report carries a label for every key. */
    static ModuleStatistics labelled(ModuleStatistics figures, List<StatisticDefinition> definitions) {
        Map<String, Map<String, LocalizedText>> declared = new HashMap<>();
        definitions.forEach(d -> declared.put(d.id(), d.breakdownLabels()));
        return new ModuleStatistics(figures.module(), figures.statistics().stream()
                .map(s -> s.withDefaultLabels(declared.getOrDefault(s.id(), Map.of()))).toList());
    }

    /** The years any provider of an active module (or core) has figures for, newest first. */
    public List<Integer> years(long subtreeOf) {
        return years(subtreeOf, null);
    }

    /** Like {@link #years(long)}, for one module's providers only when {@code only} is not null. */
    public List<Integer> years(long subtreeOf, String only) {
        organizations.get(subtreeOf);
        Set<String> active = registry.modules().stream().filter(m -> m.state() == ModuleState.ACTIVE)
                .map(ModuleInfo::id).collect(Collectors.toSet());
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        providers.forEach((provider, module) -> {
            if ((only == null || only.equals(module)) && (CORE.equals(module) || active.contains(module))) {
                try {
                    years.addAll(provider.years(subtreeOf));
                } catch (RuntimeException e) {
                    LOG.warn("Years with figures of module {} failed; left out", module, e);
                }
            }
        });
        return List.copyOf(years);
    }

    private static ModuleStatistics compute(String module, List<StatisticsProvider> list, long subtreeOf, int year) {
        List<org.grassroots.core.api.module.Statistic> figures = new ArrayList<>();
        for (StatisticsProvider provider : list) {
            try {
                figures.addAll(provider.compute(subtreeOf, year));
            } catch (GrassrootsException e) {
                throw e;
            } catch (RuntimeException e) {
                // a fault of the module, not of the request: the report names the module as failed
                LOG.error("Statistics of module {} failed; the report names it as failed", module, e);
                return null;
            }
        }
        return new ModuleStatistics(module, figures);
    }
}
