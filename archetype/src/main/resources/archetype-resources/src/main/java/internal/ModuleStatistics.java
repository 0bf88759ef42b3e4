package ${package}.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticsProvider;
import org.grassroots.rest.RestProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's dashboard figures, counted by query for any subtree and year (never stored totals). */
@Component(service = StatisticsProvider.class, property = RestProperties.MODULE + "=" + ModuleDefinition.ID)
public class ModuleStatistics implements StatisticsProvider {
    private final Activities activities;
    private final OrganizationService organizations;

    @Activate
    public ModuleStatistics(@Reference Activities activities, @Reference OrganizationService organizations) {
        this.activities = activities;
        this.organizations = organizations;
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        // core asks only for a unit in the caller's scope; the figure covers the rows under its path
        long held = organizations.find(subtreeOf).map(unit -> activities.count(unit.path(), year)).orElse(0L);
        return List.of(new Statistic(ModuleDefinition.ACTIVITIES_STATISTIC, LocalizedText.of("活动次数", "Activities held"),
                held, "count", Map.of()));
    }
}
