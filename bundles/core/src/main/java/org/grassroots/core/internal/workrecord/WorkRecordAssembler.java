package org.grassroots.core.internal.workrecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleState;
import org.grassroots.core.api.workrecord.WorkRecord;
import org.grassroots.core.api.workrecord.WorkRecordContributor;
import org.grassroots.core.api.workrecord.WorkRecordFigure;
import org.grassroots.core.api.workrecord.WorkRecordSection;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.generations.GenerationCache;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the work record of a subtree and year together from every active module's {@link WorkRecordContributor}:
 * a section when the module is enabled for the unit, or when it counted something below it (a district report
 * shows rural when some street runs it); sections in the order of the special actions; each figure compared with
 * the same figure a year earlier. A contributor that fails is named in {@link WorkRecord#failed()} and logged,
 * so one broken module never blanks the report.
 */
@Component(service = WorkRecordAssembler.class)
public class WorkRecordAssembler {
    private static final Logger LOG = LoggerFactory.getLogger(WorkRecordAssembler.class);

    private final Map<WorkRecordContributor, String> contributors = new ConcurrentHashMap<>();
    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;
    private final OrganizationService organizations;
    private final DataGenerationsImpl generations;
    /** Each module's section per (subtree, year, day) until its data or core's changes, as the dashboard's figures. */
    private final GenerationCache<GenerationCache.Key, WorkRecordSection> sections = new GenerationCache<>(2000);

    @Activate
    public WorkRecordAssembler(@Reference ModuleRegistry registry, @Reference ModuleEnablement enablement,
                               @Reference OrganizationService organizations, @Reference DataGenerationsImpl generations) {
        this.registry = registry;
        this.enablement = enablement;
        this.organizations = organizations;
        this.generations = generations;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + ModuleRegistry.MODULE_PROPERTY + "=*)")
    void bindContributor(WorkRecordContributor contributor, Map<String, Object> properties) {
        String module = String.valueOf(properties.get(ModuleRegistry.MODULE_PROPERTY));
        contributors.put(contributor, module);
        sections.forget(GenerationCache.Key.ofModule(module));
    }

    void unbindContributor(WorkRecordContributor contributor) {
        String module = contributors.remove(contributor);
        if (module != null) {
            sections.forget(GenerationCache.Key.ofModule(module));
        }
    }

    /** The record of {@code subtreeOf} in {@code year}; the caller's scope is checked by the caller. */
    public WorkRecord record(long subtreeOf, int year) {
        String unitName = organizations.get(subtreeOf).name();
        Map<String, Long> current = generations.all();
        LocalDate today = LocalDate.now();
        Map<String, ModuleInfo> active = registry.modules().stream().filter(m -> m.state() == ModuleState.ACTIVE)
                .collect(Collectors.toMap(ModuleInfo::id, m -> m));
        List<WorkRecord.Section> sections = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        contributors.forEach((contributor, module) -> {
            ModuleInfo info = active.get(module);
            if (info == null) {
                return;
            }
            try {
                WorkRecordSection section = section(contributor, module, subtreeOf, year, current, today);
                boolean enabled = enablement.isEnabled(module, subtreeOf);
                if (enabled || section.figures().stream().anyMatch(f -> f.value() != 0)) {
                    WorkRecordSection before = section(contributor, module, subtreeOf, year - 1, current, today);
                    sections.add(compared(module, info, contributor.action(), section, before));
                }
            } catch (GrassrootsException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.error("The work-record section of module {} failed for unit {} and {}; left out", module,
                        subtreeOf, year, e);
                failed.add(module);
            }
        });
        sections.sort(Comparator.comparingInt(WorkRecord.Section::action).thenComparing(WorkRecord.Section::module));
        failed.sort(Comparator.naturalOrder());
        return new WorkRecord(subtreeOf, unitName, year, sections, failed);
    }

    static WorkRecord.Section compared(String module, ModuleInfo info, int action, WorkRecordSection section,
                                       WorkRecordSection before) {
        Map<String, Double> previous = new HashMap<>();
        before.figures().forEach(f -> previous.put(f.id(), f.value()));
        List<WorkRecord.ComparedFigure> figures = new ArrayList<>();
        for (WorkRecordFigure f : section.figures()) {
            figures.add(new WorkRecord.ComparedFigure(f.id(), f.label(), f.value(), f.unit(), previous.get(f.id()),
                    f.drillDown()));
        }
        return new WorkRecord.Section(module, info.name(), action, section.title(), figures, section.highlights(),
                section.summary());
    }

    /** The contributor's section from the cache while the module's generation is unchanged, else computed and kept. */
    private WorkRecordSection section(WorkRecordContributor contributor, String module, long subtreeOf, int year,
                                      Map<String, Long> current, LocalDate today) {
        GenerationCache.Key key = new GenerationCache.Key(module, subtreeOf, year, today);
        long generation = DataGenerationsImpl.stamp(current, module);
        return sections.keptOr(key, generation, () -> contributor.section(subtreeOf, year));
    }
}
