package org.grassroots.industrial.internal.shell;

import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.grassroots.industrial.RequestStatus;

@Service
public class StatusCompleter implements Completer {
    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return Completers.strings(Arrays.stream(RequestStatus.values()).map(Enum::name).toList(), session, commandLine, candidates);
    }
}
