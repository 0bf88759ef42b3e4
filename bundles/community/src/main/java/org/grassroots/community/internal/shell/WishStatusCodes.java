package org.grassroots.community.internal.shell;

import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.grassroots.community.internal.WishStatus;

/** The micro-wish states for {@code community-wishes --status}. */
@Service
public class WishStatusCodes implements Completer {
    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(Arrays.stream(WishStatus.values()).map(Enum::name).toList()).complete(session, commandLine, candidates);
    }
}
