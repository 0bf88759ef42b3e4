package org.grassroots.education.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.PageRequest;
import org.grassroots.education.internal.SiteStatus;
import org.grassroots.education.internal.Sites;

@Command(scope = "grassroots", name = "education-sites", description = "Lists the practice teaching sites of a unit's subtree")
@Service
public class SitesCommand extends UnitCommand {
    @Reference
    private Sites sites;

    @Option(name = "--status", description = "PROPOSED, APPROVED, REJECTED or RETIRED")
    @Completion(SiteStatusCompleter.class)
    private String status;

    @Override
    public Object execute() {
        var unit = unit();
        SiteStatus s = status == null ? null : SiteStatus.valueOf(status.toUpperCase());
        var page = asShell(() -> sites.search(unit.id(), s, null, null, PageRequest.of(0, 500)));
        page.items().forEach(site -> System.out.printf("%6d  %-8s  %-14s  %s (%s)%n", site.id(), site.status(),
                site.category(), site.name(), site.unitName()));
        System.out.println(page.total() + " sites");
        return null;
    }
}
