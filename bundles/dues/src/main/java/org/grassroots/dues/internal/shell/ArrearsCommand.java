package org.grassroots.dues.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.dues.internal.Arrears;
import org.grassroots.dues.internal.ArrearsRow;

@Command(scope = "grassroots", name = "dues-arrears",
        description = "Members of a unit's subtree with unpaid dues of settled months; --flagged: six consecutive months or more")
@Service
public class ArrearsCommand implements Action {
    @Reference
    private Arrears arrears;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the unit")
    @Completion(UnitCodes.class)
    private String code;

    @Option(name = "--period", description = "As of this month (default: now), e.g. 2024-12")
    @Completion(PeriodCompleter.class)
    private String period;

    @Option(name = "--flagged", description = "Only six consecutive months or more")
    private boolean flagged;

    @Override
    public Object execute() {
        Page<ArrearsRow> rows = authorization.runAs(Caller.system("shell"), () -> {
            Organization unit = ShellUnits.byCode(organizations, code);
            return arrears.search(unit.id(), period, flagged, new PageRequest(0, 500, null));
        });
        for (ArrearsRow r : rows.items()) {
            System.out.printf("%d %s (%s): %d month(s) unpaid, %d in a row up to %s, %s yuan%s%n", r.memberId(), r.memberName(),
                    r.organizationName(), r.months(), r.longestRun(), r.runEnds(), r.owed().toPlainString(),
                    r.flagged() ? "  [six months]" : "");
        }
        System.out.println(rows.total() + " member(s)");
        return null;
    }
}
