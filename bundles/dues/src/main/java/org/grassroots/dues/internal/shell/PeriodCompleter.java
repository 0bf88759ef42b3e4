package org.grassroots.dues.internal.shell;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** The months a command is likely about: next month and the 24 before it, newest first (2024-03). */
@Service
public class PeriodCompleter implements Completer {
    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> months = new ArrayList<>();
        YearMonth month = YearMonth.now().plusMonths(1);
        for (int i = 0; i < 25; i++) {
            months.add(month.minusMonths(i).toString());
        }
        return new StringsCompleter(months).complete(session, commandLine, candidates);
    }
}
