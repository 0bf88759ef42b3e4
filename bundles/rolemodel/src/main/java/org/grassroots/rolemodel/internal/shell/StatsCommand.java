package org.grassroots.rolemodel.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.rolemodel.internal.RoleModelStatistics;

@Command(scope = "grassroots", name = "rolemodel-stats",
        description = "Role models by stage and tier, recommendations pending, contact points, learning and service records of a unit's subtree for a year")
@Service
public class StatsCommand implements Action {
    @Reference
    private RoleModelStatistics statistics;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the unit (district, street, park, community ...)")
    @Completion(LevelCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Override
    public Object execute() {
        List<Statistic> figures = authorization.runAs(Caller.system("shell"),
                () -> statistics.compute(ShellUnits.byCode(organizations, code).id(), year));
        for (Statistic s : figures) {
            System.out.printf("%s %s: %s%n", s.id(), s.name().en(), number(s.value()));
            s.breakdown().forEach((k, v) -> System.out.printf("    %s %s%n", k, number(v)));
        }
        return null;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
