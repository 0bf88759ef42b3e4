package org.grassroots.community.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.community.internal.CommunityEvent;
import org.grassroots.community.internal.EventKind;
import org.grassroots.community.internal.Events;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "community-events",
        description = "The events (volunteer days, trainings, 先锋论坛) of the communities of a unit's subtree in a year, with sign-ups and sign-ins")
@Service
public class EventsCommand implements Action {
    @Reference
    private Events events;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, a street or a community")
    @Completion(CommunityUnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Option(name = "--kind", description = "Only events of this kind: VOLUNTEER, TRAINING or FORUM")
    @Completion(EventKindCodes.class)
    private String kind;

    @Override
    public Object execute() {
        Page<CommunityEvent> page = authorization.runAs(Caller.system("shell"), () -> events.search(
                ShellUnits.byCode(organizations, code).id(), year, kind == null ? null : EventKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), null, new PageRequest(0, 500, null)));
        for (CommunityEvent e : page.items()) {
            System.out.printf("%s %s %s %s [%s] signed up %d, signed in %d%n", e.heldOn(), e.kind().labels().zhCN(), e.communityName(),
                    e.title(), e.status().labels().zhCN(), e.signUps(), e.signIns());
        }
        System.out.println(page.total() + " event(s)");
        return null;
    }
}
