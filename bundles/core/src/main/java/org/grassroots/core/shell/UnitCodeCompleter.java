package org.grassroots.core.shell;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;

/**
 * Completes the codes of units, in tree order, that start with what was typed. Override {@link #unitTypes()} to
 * offer only the unit types a command works on (e.g. villages).
 */
public class UnitCodeCompleter implements Completer {
    @Reference
    protected OrganizationService organizations;

    /** The unit types offered; empty (the default) = every unit. */
    protected List<UnitType> unitTypes() {
        return List.of();
    }

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = ShellText.typed(commandLine);
        List<String> codes = new ArrayList<>();
        List<UnitType> types = unitTypes().isEmpty() ? java.util.Collections.singletonList(null) : unitTypes();
        for (UnitType type : types) {
            organizations.search(new OrganizationQuery(null, null, type, null, null, null),
                            new PageRequest(0, PageRequest.MAX_SIZE, "path")).items().stream()
                    .map(Organization::code).filter(code -> code.startsWith(typed)).forEach(codes::add);
        }
        return new StringsCompleter(codes).complete(session, commandLine, candidates);
    }
}
