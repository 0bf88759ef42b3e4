package org.grassroots.affairs.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.affairs.internal.AffairsStatistics;
import org.grassroots.affairs.internal.Dashboard;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "affairs-stats",
        description = "Basic Party affairs figures of a unit's subtree for a year: life meetings held, members evaluated, meetings, compliance")
@Service
public class StatsCommand implements Action {
    @Reference
    private AffairsStatistics statistics;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street, park or organization")
    @Completion(UnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        Dashboard d = statistics.dashboard(unit, year);
        System.out.println(d.unitName() + " " + year);
        System.out.printf("  Party organizations %d, held their life meeting (组织生活会) %d%n", d.organizations(), d.lifeMeetingHeld());
        System.out.printf("  members evaluated (民主评议) %d %s; campaigns %d, closed %d%n", d.membersEvaluated(), d.ratings(),
                d.campaigns(), d.campaignsClosed());
        System.out.printf("  meetings held %s%n", d.meetingsHeld());
        System.out.printf("  compliance %% %s%n", d.compliancePercent());
        System.out.printf("  members with a talk (谈心谈话) %d of %d, %.1f %%%n", d.talks().talkedTo(), d.talks().members(),
                d.talks().percent());
        return null;
    }
}
