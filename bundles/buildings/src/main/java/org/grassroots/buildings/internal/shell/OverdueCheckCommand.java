package org.grassroots.buildings.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.buildings.internal.OverdueChecks;
import org.grassroots.buildings.internal.OverdueRun;

@Command(scope = "grassroots", name = "buildings-overdue-check",
        description = "Notify the building-committee decisions past their due date (each once), as the periodic check does")
@Service
public class OverdueCheckCommand implements Action {
    @Reference
    private OverdueChecks checks;

    @Override
    public Object execute() {
        OverdueRun run = checks.run();
        System.out.printf("%d decision(s) notified %s%n", run.notified(), run.decisionIds());
        return null;
    }
}
