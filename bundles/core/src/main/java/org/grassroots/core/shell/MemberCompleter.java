package org.grassroots.core.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.PageRequest;

/**
 * Completes member ids, each shown with the member's name: the typed id itself when such a member exists, and the
 * ids of the first members (by name) that start with what was typed. Uses {@link MemberService#reference} and
 * search results of a system caller (masked), so completing writes no {@code READ_PERSONAL} audit line.
 */
public class MemberCompleter implements Completer {
    static final int LIMIT = 50;

    @Reference
    protected MemberService members;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(new ArrayList<>(offered(ShellText.typed(commandLine)).keySet()))
                .complete(session, commandLine, candidates);
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        offered(ShellText.typed(commandLine)).forEach((id, name) ->
                candidates.add(new Candidate(id, id + " " + name, null, name, null, null, true)));
    }

    /** Member id → name. */
    private Map<String, String> offered(String typed) {
        Map<String, String> offered = new LinkedHashMap<>();
        if (!typed.isEmpty() && typed.chars().allMatch(Character::isDigit) && typed.length() < 19) {
            members.reference(Long.parseLong(typed)).ifPresent(m -> offered.put(typed, m.name()));
        }
        members.search(MemberQuery.all(), new PageRequest(0, LIMIT, "name")).items().stream()
                .filter(m -> String.valueOf(m.id()).startsWith(typed))
                .forEach(m -> offered.putIfAbsent(String.valueOf(m.id()), m.name()));
        return offered;
    }
}
