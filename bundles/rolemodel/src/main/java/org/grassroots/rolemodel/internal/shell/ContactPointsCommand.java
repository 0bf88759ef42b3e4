package org.grassroots.rolemodel.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.rolemodel.internal.ContactPoint;
import org.grassroots.rolemodel.internal.ContactPoints;

@Command(scope = "grassroots", name = "rolemodel-contact-points",
        description = "The district leaders' direct contact points of a unit's subtree active in a year, with their contact records")
@Service
public class ContactPointsCommand implements Action {
    @Reference
    private ContactPoints points;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the unit (district, street, park ...)")
    @Completion(LevelCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Override
    public Object execute() {
        Page<ContactPoint> page = authorization.runAs(Caller.system("shell"),
                () -> points.search(ShellUnits.byCode(organizations, code).id(), year, new PageRequest(0, 500, null)));
        System.out.println("contact points active in " + year + ": " + page.total());
        for (ContactPoint p : page.items()) {
            System.out.printf("  %s — %s %s, %s to %s, %d contact records%n", p.organizationName(), p.leaderTitle() == null ? "" : p.leaderTitle(),
                    p.leaderName(), p.startsOn(), p.endsOn() == null ? "…" : p.endsOn(), p.records());
        }
        return null;
    }
}
