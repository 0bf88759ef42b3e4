package org.grassroots.affairs.internal.shell;

import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.grassroots.affairs.internal.MeetingType;

/** The meeting types (BRANCH_GENERAL, COMMITTEE, ...). */
@Service
public class MeetingTypeCompleter implements Completer {
    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(Arrays.stream(MeetingType.values()).map(Enum::name).toList())
                .complete(session, commandLine, candidates);
    }
}
