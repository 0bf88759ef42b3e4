package org.grassroots.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;

@Command(scope = "grassroots", name = "org-list", description = "Lists a unit and the units below it")
@Service
public class OrgListCommand implements Action {
    @Reference
    private OrganizationService organizations;

    @Argument(name = "code", description = "Code of the top unit (default: every root)")
    @Completion(OrganizationCodeCompleter.class)
    private String code;

    @Option(name = "-d", aliases = "--depth", description = "Levels below the top unit to show")
    private int depth = 1;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Code");
        table.column("Name");
        table.column("Unit type");
        table.column("Party organization");
        if (code == null) {
            organizations.roots().forEach(root -> organizations.subtree(root.id(), depth).forEach(o -> row(table, o)));
        } else {
            organizations.subtree(Units.byCode(organizations, code).id(), depth).forEach(o -> row(table, o));
        }
        table.print(System.out);
        return null;
    }

    private static void row(ShellTable table, Organization o) {
        table.addRow().addContent(o.id(), o.code(), "  ".repeat(Math.max(0, o.depth())) + o.name(),
                o.unitType().label(), o.partyOrgType().label());
    }
}
