package org.grassroots.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;

@Command(scope = "grassroots", name = "org-move", description = "Moves a unit and its whole subtree below another unit")
@Service
public class OrgMoveCommand implements Action {
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "code", required = true, description = "Unit to move")
    @Completion(OrganizationCodeCompleter.class)
    private String code;

    @Argument(index = 1, name = "parent", required = true, description = "New parent unit")
    @Completion(OrganizationCodeCompleter.class)
    private String parent;

    @Override
    public Object execute() {
        Organization unit = Units.byCode(organizations, code);
        Organization moved = organizations.move(unit.id(), unit.version(), Units.byCode(organizations, parent).id());
        System.out.printf("Moved %s to %s%n", moved.code(), moved.path());
        return null;
    }
}
