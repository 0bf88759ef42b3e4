package org.grassroots.industrial.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.industrial.RequestStatus;
import org.grassroots.industrial.ServiceRequest;
import org.grassroots.industrial.internal.RequestQuery;
import org.grassroots.industrial.internal.RequestSearch;

@Command(scope = "grassroots", name = "industrial-requests",
        description = "Lists the enterprise service requests (企业诉求) of a park, grid or any unit's subtree, newest first")
@Service
public class RequestsCommand implements Action {
    @Reference
    private RequestSearch requests;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the park, grid or district, e.g. JNGX-P01")
    @Completion(UnitCodes.class)
    private String code;

    @Option(name = "--status", description = "Only requests in this state")
    @Completion(StatusCompleter.class)
    private String status;

    @Option(name = "--category", description = "Only requests of this category")
    @Completion(CategoryCompleter.class)
    private String category;

    @Option(name = "--overdue", description = "Only requests still open after their deadline")
    private boolean overdue;

    @Option(name = "--year", description = "Only requests submitted in this year")
    private Integer year;

    @Option(name = "-n", aliases = "--limit", description = "At most this many lines (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        RequestStatus s = status == null ? null : RequestStatus.valueOf(status.toUpperCase());
        Page<ServiceRequest> page = requests.search(new RequestQuery(unit.path(), s, category, overdue ? Boolean.TRUE : null,
                null, year, null), new PageRequest(0, Math.max(1, Math.min(limit, PageRequest.MAX_SIZE)), null));
        System.out.printf("%-8s %-11s %-10s %-12s %-3s %s%n", "id", "submitted", "category", "status", "due", "title / enterprise");
        for (ServiceRequest r : page.items()) {
            System.out.printf("%-8d %-11s %-10s %-12s %-3s %s / %s%n", r.id(), r.submittedAt().toString().substring(0, 10),
                    r.category(), r.status() + " " + r.status().label(), r.overdue() ? "!" : "", r.title(), r.organizationName());
        }
        System.out.printf("%d of %d request(s)%n", page.items().size(), page.total());
        return null;
    }
}
