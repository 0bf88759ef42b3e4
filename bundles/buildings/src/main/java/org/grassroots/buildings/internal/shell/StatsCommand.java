package org.grassroots.buildings.internal.shell;

import java.util.TreeMap;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.buildings.internal.BuildingsStatistics;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "buildings-stats",
        description = "Buildings per belt, Party coverage of their enterprises, demonstration buildings and committee decisions closed on time")
@Service
public class StatsCommand implements Action {
    @Reference
    private BuildingsStatistics statistics;
    @Reference
    private OrganizationService organizations;

    @Completion(BuildingAreaCodes.class)
    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street, park or building")
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        for (Statistic s : statistics.compute(unit.id(), year)) {
            System.out.printf("%-24s %-14s %8.1f %-9s %s%n", s.id(), s.name().zhCN(), s.value(), s.unit(),
                    s.breakdown().isEmpty() ? "" : new TreeMap<>(s.breakdown()));
        }
        return null;
    }
}
