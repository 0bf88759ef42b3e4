package org.grassroots.rural.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.rural.internal.Coverage;
import org.grassroots.rural.internal.RuralStatistics;
import org.grassroots.rural.internal.Villages;
import org.grassroots.rural.internal.Visits;

@Command(scope = "grassroots", name = "rural-stats",
        description = "Village categories, visit and pairing coverage, match quality and income growth for a unit's subtree")
@Service
public class RuralStatsCommand implements Action {
    @Reference
    private RuralStatistics statistics;
    @Reference
    private Visits visits;
    @Reference
    private Villages villages;
    @Reference
    private org.grassroots.core.api.OrganizationService organizations;

    @Completion(UnitCodes.class)
    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street or village")
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Option(name = "--unvisited", description = "Also list the villages not visited in the year")
    private boolean unvisited;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        for (Statistic s : statistics.compute(unit.id(), year)) {
            System.out.printf("%-26s %-10s %8.1f %-8s %s%n", s.id(), s.name().zhCN(), s.value(), s.unit(),
                    s.breakdown().isEmpty() ? "" : new java.util.TreeMap<>(s.breakdown()));
        }
        if (unvisited) {
            Coverage coverage = visits.coverage(villages.under(unit.id()), year);
            coverage.notVisited().forEach(v -> System.out.printf("  not visited: %s %s%n", v.code(), v.name()));
        }
        return null;
    }
}
