package org.grassroots.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.PageRequest;

/**
 * Completes member ids: typed digits complete to the ids of members whose name contains nothing in particular (the
 * first page), typed text to the ids of members whose name contains it. Personal data is never shown (the shell
 * runs as a system caller, which sees ID and phone numbers masked), so completing writes no audit line.
 */
public class MemberCompleter implements Completer {
    static final int LIMIT = 50;

    @Reference
    protected MemberService members;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = ShellText.typed(commandLine);
        boolean digits = !typed.isEmpty() && typed.chars().allMatch(Character::isDigit);
        StringsCompleter delegate = new StringsCompleter();
        members.search(new MemberQuery(digits || typed.isEmpty() ? null : typed, null, null, null, null, null),
                        new PageRequest(0, LIMIT, "name")).items().stream()
                .map(m -> String.valueOf(m.id()))
                .filter(id -> !digits || id.startsWith(typed))
                .forEach(delegate.getStrings()::add);
        if (!digits && !typed.isEmpty()) {
            // the typed text was a name: offer the matching ids even though they do not start with it
            delegate.getStrings().forEach(candidates::add);
            return candidates.isEmpty() ? -1 : commandLine.getBufferPosition() - commandLine.getArgumentPosition();
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
