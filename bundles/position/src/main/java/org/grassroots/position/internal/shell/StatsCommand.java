package org.grassroots.position.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.position.internal.Figures;
import org.grassroots.position.internal.PositionStatistics;

@Command(scope = "grassroots", name = "position-stats",
        description = "Positions per level and status, featured, recorded in the city system, the year's assessments and upgrades of a unit's subtree")
@Service
public class StatsCommand implements Action {
    @Reference
    private PositionStatistics statistics;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the unit (district, street, park, community ...)")
    @Completion(PositionUnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year of the assessments and upgrades, e.g. 2024")
    private int year;

    @Override
    public Object execute() {
        Figures f = authorization.runAs(Caller.system("shell"),
                () -> statistics.figures(ShellUnits.byCode(organizations, code), year));
        System.out.println(f.unitName() + " " + year);
        System.out.printf("  positions %d %s, by status %s%n", f.positions(), f.byLevel(), f.byStatus());
        System.out.printf("  featured %d, recorded in the city system %d, changed since the last sync %d%n", f.featured(),
                f.recorded(), f.changedSinceSync());
        System.out.printf("  assessed %d, mean score %s, grades %s%n", f.assessed(), f.meanScore() == null ? "-" : f.meanScore(),
                f.byGrade());
        System.out.printf("  rectifications open %d (overdue %d), upgrades accepted %d%n", f.rectificationsOpen(),
                f.rectificationsOverdue(), f.upgradesAccepted());
        return null;
    }
}
