package org.grassroots.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;

/** Completes unit codes: the roots and their children first, then any code containing what was typed. */
@Service
public class OrganizationCodeCompleter implements Completer {
    @Reference
    private OrganizationService organizations;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        StringsCompleter delegate = new StringsCompleter();
        organizations.search(new OrganizationQuery(null, null, null, null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE, "path")).items().stream()
                .filter(o -> o.code().startsWith(typed))
                .forEach(o -> delegate.getStrings().add(o.code()));
        return delegate.complete(session, commandLine, candidates);
    }
}
