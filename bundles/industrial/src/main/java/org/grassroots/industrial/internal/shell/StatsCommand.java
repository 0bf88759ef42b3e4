package org.grassroots.industrial.internal.shell;

import java.util.Map;
import java.util.TreeMap;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.industrial.internal.Dashboard;
import org.grassroots.industrial.internal.Figures;
import org.grassroots.industrial.internal.IndustrialStatistics;

@Command(scope = "grassroots", name = "industrial-stats",
        description = "Party-organization coverage of enterprises and the service-request figures of a unit's subtree for a year")
@Service
public class StatsCommand implements Action {
    @Reference
    private IndustrialStatistics statistics;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the park, grid or district")
    @Completion(UnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Option(name = "--grids", description = "Also print the figures of each grid")
    private boolean grids;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        Dashboard d = statistics.dashboard(unit, year);
        print(d.unitName() + " " + year, d.total());
        if (grids) {
            d.grids().forEach(g -> print(g.code() + " " + g.name(), g.figures()));
        }
        return null;
    }

    private static void print(String title, Figures f) {
        System.out.println(title);
        System.out.printf("  enterprises %d, covered by a Party organization %d (%.1f%%) %s%n", f.enterprises(), f.covered(),
                f.coveredPercent(), new TreeMap<>(f.coverage()));
        System.out.printf("  requests %d by status %s%n", f.requests(), nonZero(f.byStatus()));
        System.out.printf("  by category %s%n", new TreeMap<>(f.byCategory()));
        System.out.printf("  median resolution %s days, on time %s%%, satisfaction %s / 5, overdue and open %d%n",
                f.medianResolutionDays(), f.onTimePercent(), f.averageRating(), f.overdueOpen());
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                result.put(k, v);
            }
        });
        return result;
    }
}
