package org.grassroots.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;

@Command(scope = "grassroots", name = "org-delete", description = "Deletes a unit that has no child units and no members")
@Service
public class OrgDeleteCommand implements Action {
    @Reference
    private OrganizationService organizations;

    @Argument(name = "code", required = true, description = "Unit code")
    @Completion(OrganizationCodeCompleter.class)
    private String code;

    @Override
    public Object execute() {
        Organization unit = Units.byCode(organizations, code);
        organizations.delete(unit.id(), unit.version());
        System.out.printf("Deleted %s %s%n", unit.code(), unit.name());
        return null;
    }
}
