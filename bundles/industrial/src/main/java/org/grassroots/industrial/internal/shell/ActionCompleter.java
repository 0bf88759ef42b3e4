package org.grassroots.industrial.internal.shell;

import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.grassroots.industrial.RequestAction;

/** The workflow actions a request can be moved on with (submitting is done over REST or in the console). */
@Service
public class ActionCompleter implements Completer {
    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return Completers.strings(Arrays.stream(RequestAction.values()).filter(a -> a != RequestAction.SUBMIT)
                .map(a -> a.name().toLowerCase()).toList(), session, commandLine, candidates);
    }
}
