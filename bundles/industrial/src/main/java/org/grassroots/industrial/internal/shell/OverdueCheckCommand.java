package org.grassroots.industrial.internal.shell;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.industrial.internal.Escalations;
import org.grassroots.industrial.internal.EscalationRun;

@Command(scope = "grassroots", name = "industrial-overdue-check",
        description = "Escalates every open request past its deadline to its park (once per request) and posts org/grassroots/industrial/request/OVERDUE")
@Service
public class OverdueCheckCommand implements Action {
    @Reference
    private Escalations escalations;

    @Override
    public Object execute() {
        int total = 0;
        EscalationRun run;
        do {
            run = escalations.check(LocalDateTime.now(ZoneOffset.UTC));
            total += run.escalated();
        } while (run.escalated() > 0 && run.escalated() >= 500);
        System.out.printf("%d request(s) escalated%s%n", total, run.requestIds().isEmpty() ? "" : ": " + run.requestIds());
        return null;
    }
}
