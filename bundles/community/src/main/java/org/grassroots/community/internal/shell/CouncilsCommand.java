package org.grassroots.community.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.community.internal.CouncilRecords.Issue;
import org.grassroots.community.internal.CouncilRecords.Meeting;
import org.grassroots.community.internal.Councils;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "community-councils",
        description = "The joint meetings of the 大工委 and 大党委 of a unit's subtree in a year, with who was present and each issue's state")
@Service
public class CouncilsCommand implements Action {
    @Reference
    private Councils councils;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, a street or a community")
    @Completion(CommunityUnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Override
    public Object execute() {
        List<Meeting> meetings = authorization.runAs(Caller.system("shell"), () -> councils.meetings(
                ShellUnits.byCode(organizations, code).id(), year));
        long closed = 0;
        for (Meeting m : meetings) {
            System.out.printf("%s %s %s %s: %d present%n", m.heldOn(), m.council().labels().zhCN(), m.unitName(), m.title(),
                    m.present().size());
            for (Issue i : m.issues()) {
                System.out.printf("  [%s] %s%s%n", i.status().labels().zhCN(), i.title(),
                        i.assigneeName() == null ? "" : " → " + i.assigneeName());
            }
            closed += m.issues().stream().filter(i -> i.closedOn() != null).count();
        }
        System.out.println(meetings.size() + " meeting(s), " + closed + " issue(s) closed");
        return null;
    }
}
