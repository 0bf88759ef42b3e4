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
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.dues.internal.MonthDraft;
import org.grassroots.dues.internal.MonthOpening;
import org.grassroots.dues.internal.Months;

@Command(scope = "grassroots", name = "dues-open",
        description = "Opens a month's dues for a unit (amounts due computed; the same rules as the REST API)")
@Service
public class OpenCommand implements Action {
    @Reference
    private Months months;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the organization")
    @Completion(UnitCodes.class)
    private String code;

    @Argument(index = 1, name = "period", required = true, description = "The month, e.g. 2024-03")
    @Completion(PeriodCompleter.class)
    private String period;

    @Option(name = "--cascade", description = "Open it for every unit below with members of its own instead")
    private boolean cascade;

    @Override
    public Object execute() {
        MonthOpening result = authorization.runAs(Caller.system("shell"), () -> {
            Organization unit = ShellUnits.byCode(organizations, code);
            return months.open(new MonthDraft(unit.id(), period, cascade));
        });
        result.opened().forEach(m -> System.out.printf("opened %s for %s (month %d): %d dues, %s yuan expected%n", m.period(),
                m.organizationName(), m.id(), m.dues(), m.expected().toPlainString()));
        if (!result.missingBases().isEmpty()) {
            System.out.printf("%d member(s) without a base, not included: %s%n", result.missingBases().size(),
                    result.missingBases().stream().map(b -> b.memberId() + " " + b.memberName()).toList());
        }
        return null;
    }
}
