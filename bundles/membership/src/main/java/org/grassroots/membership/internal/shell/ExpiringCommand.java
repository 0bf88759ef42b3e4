package org.grassroots.membership.internal.shell;

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
import org.grassroots.membership.internal.TransferStatus;
import org.grassroots.membership.internal.Transfers;

@Command(scope = "grassroots", name = "membership-letters",
        description = "Introduction letters of a unit's subtree whose receipt is outstanding, those about to expire first")
@Service
public class ExpiringCommand implements Action {
    @Reference
    private Transfers transfers;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the unit")
    @Completion(UnitCodes.class)
    private String code;

    @Option(name = "--days", description = "Only letters expiring within this many days (default: every outstanding one)")
    private Integer days;

    @Override
    public Object execute() {
        var page = authorization.runAs(Caller.system("shell"), () -> transfers.search(
                ShellUnits.byCode(organizations, code).id(), TransferStatus.ISSUED, null, days, new PageRequest(0, 500, null)));
        page.items().forEach(t -> System.out.printf("%s %s %s valid until %s%n", t.letterNo(), t.memberName(),
                t.kind().label(), t.validUntil()));
        System.out.println(page.total() + " outstanding");
        return null;
    }
}
