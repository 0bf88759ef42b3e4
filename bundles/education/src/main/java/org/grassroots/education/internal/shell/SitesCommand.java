package org.grassroots.education.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.education.internal.SiteStatus;
import org.grassroots.education.internal.Sites;

@Command(scope = "grassroots", name = "education-sites", description = "Lists the practice teaching sites of a unit's subtree")
@Service
public class SitesCommand implements Action {
    @Reference
    private Sites sites;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street, park, ...")
    @Completion(UnitCodes.class)
    private String code;

    @Option(name = "--status", description = "PROPOSED, APPROVED, REJECTED or RETIRED")
    @Completion(SiteStatusCompleter.class)
    private String status;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        SiteStatus s = status == null ? null : SiteStatus.valueOf(status.toUpperCase());
        var page = authorization.runAs(Caller.system("shell"), () -> sites.search(unit.id(), s, null, null, PageRequest.of(0, 500)));
        page.items().forEach(site -> System.out.printf("%6d  %-8s  %-14s  %s (%s)%n", site.id(), site.status(),
                site.category(), site.name(), site.unitName()));
        System.out.println(page.total() + " sites");
        return null;
    }
}
