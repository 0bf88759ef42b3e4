package org.grassroots.industrial.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticsProvider;
import org.grassroots.industrial.RequestStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Service requests submitted in the year under the subtree, in total and per status. */
@Component(service = StatisticsProvider.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + IndustrialModule.ID)
public class IndustrialStatistics implements StatisticsProvider {
    private final ServiceRequests requests;
    private final OrganizationService organizations;

    @Activate
    public IndustrialStatistics(@Reference ServiceRequests requests, @Reference OrganizationService organizations) {
        this.requests = requests;
        this.organizations = organizations;
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        Map<RequestStatus, Long> counts = requests.countByStatus(
                ServiceRequestResource.subtreeIds(organizations, subtreeOf), year);
        Map<String, Double> breakdown = new LinkedHashMap<>();
        counts.forEach((status, count) -> breakdown.put(status.name(), count.doubleValue()));
        double total = breakdown.values().stream().mapToDouble(Double::doubleValue).sum();
        return List.of(new Statistic(IndustrialModule.REQUESTS_STATISTIC, LocalizedText.of("企业诉求", "Service requests"),
                total, "count", breakdown));
    }
}
