package org.grassroots.community.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.community.internal.CommunityStatistics;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "community-stats",
        description = "The happy-home community figures of a unit's subtree for a year: coverage, registrations, hours, stations, secretaries adjusted")
@Service
public class StatsCommand implements Action {
    @Reference
    private CommunityStatistics statistics;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, a street or a community")
    @Completion(CommunityUnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        System.out.println(unit.name() + " " + year);
        statistics.compute(unit.id(), year).forEach(s -> System.out.printf("  %-32s %s %s%n", s.id(), format(s.value()), s.unit()));
        return null;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
