package org.grassroots.industrial.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Shared by the completers of the industrial commands. */
final class Completers {
    private Completers() {
    }

    static int strings(List<String> values, Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(values).complete(session, commandLine, candidates);
    }
}
