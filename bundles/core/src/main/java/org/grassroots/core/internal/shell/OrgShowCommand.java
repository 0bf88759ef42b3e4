package org.grassroots.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;

@Command(scope = "grassroots", name = "org-show", description = "Shows one unit with the size of its subtree")
@Service
public class OrgShowCommand implements Action {
    @Reference
    private OrganizationService organizations;
    @Reference
    private MemberService members;

    @Argument(name = "code", required = true, description = "Unit code")
    @Completion(OrganizationCodeCompleter.class)
    private String code;

    @Override
    public Object execute() {
        Organization o = Units.byCode(organizations, code);
        System.out.printf("%s %s (id %d, version %d)%n", o.code(), o.name(), o.id(), o.version());
        System.out.printf("  unit type: %s, party organization: %s, domain: %s, status: %s%n", o.unitType().label(),
                o.partyOrgType().label(), o.domain() == null ? "-" : o.domain().label(), o.status().label());
        System.out.printf("  path: %s, founded: %s, division code: %s%n", o.path(),
                o.foundedOn() == null ? "-" : o.foundedOn(), o.divisionCode() == null ? "-" : o.divisionCode());
        System.out.printf("  units in subtree: %d, members in subtree: %d%n",
                organizations.count(OrganizationQuery.inSubtree(o.id())), members.count(MemberQuery.inSubtree(o.id())));
        return null;
    }
}
