package org.grassroots.industrial.internal.shell;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;

/** Codes of the district, the parks and their grids: the units the industrial commands work on. */
@Service
public class UnitCodeCompleter implements Completer {
    @Reference
    private OrganizationService organizations;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> codes = new ArrayList<>();
        for (UnitType type : List.of(UnitType.DISTRICT, UnitType.PARK, UnitType.GRID)) {
            organizations.search(new OrganizationQuery(null, null, type, null, null, null), new PageRequest(0, 500, "code"))
                    .items().stream().map(Organization::code).forEach(codes::add);
        }
        return Completers.strings(codes, session, commandLine, candidates);
    }
}
