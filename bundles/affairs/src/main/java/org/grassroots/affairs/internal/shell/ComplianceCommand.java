package org.grassroots.affairs.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.affairs.internal.Compliance;
import org.grassroots.affairs.internal.ComplianceReport;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "affairs-compliance",
        description = "Which Party organizations of a subtree held the meetings their rules require in a year, quarter or month, and what the others miss")
@Service
public class ComplianceCommand implements Action {
    @Reference
    private Compliance compliance;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street, park or organization")
    @Completion(UnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Option(name = "--quarter", description = "Only the quarter (1-4)")
    private Integer quarter;

    @Option(name = "--month", description = "Only the month (1-12)")
    private Integer month;

    @Option(name = "--limit", description = "How many organizations behind to list (default 20)")
    private int limit = 20;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        ComplianceReport r = compliance.reportFor(unit, year, quarter, month, Math.max(1, limit));
        System.out.printf("%s %d%s: %d Party organizations, %d compliant, %d behind%n", r.unitName(), year,
                quarter != null ? " Q" + quarter : month != null ? "-" + month : "", r.organizations(), r.compliant(), r.behindTotal());
        r.byType().forEach(t -> System.out.printf("  %-16s %-8s %5d of %5d (%.1f%%), pending %d%n", t.type(), t.type().label(),
                t.compliant(), t.organizations(), t.percent(), t.pending()));
        r.behind().forEach(o -> System.out.printf("  %s %s: %s%n", o.code(), o.name(), o.gaps().stream()
                .map(g -> g.type() + " " + g.missing()).toList()));
        return null;
    }
}
