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
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.dues.internal.Month;
import org.grassroots.dues.internal.MonthStatus;
import org.grassroots.dues.internal.Months;
import org.grassroots.dues.internal.StepNote;

@Command(scope = "grassroots", name = "dues-settle",
        description = "Settles (locks) the open months of a period in a unit's subtree; unpaid dues become arrears")
@Service
public class SettleCommand implements Action {
    @Reference
    private Months months;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the unit")
    @Completion(UnitCodes.class)
    private String code;

    @Argument(index = 1, name = "period", required = true, description = "The month, e.g. 2024-03")
    @Completion(PeriodCompleter.class)
    private String period;

    @Option(name = "-t", aliases = "--text", description = "A note for the settlement")
    private String note;

    @Override
    public Object execute() {
        int settled = authorization.runAs(Caller.system("shell"), () -> {
            Organization unit = ShellUnits.byCode(organizations, code);
            int n = 0;
            for (Month m : months.search(unit.id(), period, null, MonthStatus.OPEN, new PageRequest(0, 500, null)).items()) {
                Month done = months.settle(m.id(), m.version(), new StepNote(note));
                System.out.printf("settled %s of %s: collected %s of %s yuan, %d unpaid%n", done.period(), done.organizationName(),
                        done.collected().toPlainString(), done.expected().toPlainString(), done.unpaid());
                n++;
            }
            return n;
        });
        System.out.println(settled + " month(s) settled");
        return null;
    }
}
