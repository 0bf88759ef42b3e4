package org.grassroots.position.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.position.internal.EventReminders;

@Command(scope = "grassroots", name = "position-remind",
        description = "Reminds the members signed up for the events of the next 24 hours (once per sign-up)")
@Service
public class RemindCommand implements Action {
    @Reference
    private EventReminders reminders;
    @Reference
    private Authorization authorization;

    @Override
    public Object execute() {
        int total = 0;
        int run;
        do {
            run = authorization.runAs(Caller.system("shell"), reminders::remindSignedUp);
            total += run;
        } while (run >= EventReminders.BATCH);
        System.out.printf("%d sign-up(s) reminded of their event%n", total);
        return null;
    }
}
