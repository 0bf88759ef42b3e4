package org.grassroots.membership.internal.shell;

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
import org.grassroots.membership.internal.Figures;
import org.grassroots.membership.internal.MembershipStatistics;

@Command(scope = "grassroots", name = "membership-stats",
        description = "Member development, transfers, mobile members and membership ended of a unit's subtree for a year")
@Service
public class StatsCommand implements Action {
    @Reference
    private MembershipStatistics statistics;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the unit (district, street, park, branch ...)")
    @Completion(UnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Override
    public Object execute() {
        Figures f = authorization.runAs(Caller.system("shell"),
                () -> statistics.figures(ShellUnits.byCode(organizations, code), year));
        System.out.println(f.unitName() + " " + year);
        System.out.printf("  developed %d (plan %d, candidates made %d); pipeline at year end %s%n", f.developed(), f.planned(),
                f.candidatesMade(), f.pipeline());
        System.out.printf("  probations: full %d, extended %d, cancelled %d%n", f.probationsEnded(), f.extended(), f.cancelled());
        System.out.printf("  transfers completed %s; mobile members at year end %s%n", f.transfers(), f.mobile());
        System.out.printf("  membership ended %s; lost contact %d%n", f.left(), f.lostContact());
        return null;
    }
}
