package org.grassroots.position.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.position.internal.Rectifications;

@Command(scope = "grassroots", name = "position-overdue",
        description = "Reminds the units concerned of every overdue rectification item not reminded of yet (once per item)")
@Service
public class OverdueCommand implements Action {
    @Reference
    private Rectifications rectifications;
    @Reference
    private Authorization authorization;

    @Override
    public Object execute() {
        int total = 0;
        int run;
        do {
            run = authorization.runAs(Caller.system("shell"), rectifications::notifyOverdue);
            total += run;
        } while (run >= 500);
        System.out.printf("%d overdue rectification item(s) reminded of%n", total);
        return null;
    }
}
