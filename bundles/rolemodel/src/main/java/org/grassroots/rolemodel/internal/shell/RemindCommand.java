package org.grassroots.rolemodel.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.rolemodel.internal.TrackingReminders;

@Command(scope = "grassroots", name = "rolemodel-remind",
        description = "Notifies every role model whose next cultivation contact date has passed (once per tracking record)")
@Service
public class RemindCommand implements Action {
    @Reference
    private TrackingReminders reminders;

    @Option(name = "--date", description = "Check as of this day (ISO, e.g. 2024-06-30); default today")
    private String date;

    @Override
    public Object execute() {
        LocalDate today = date == null ? LocalDate.now() : LocalDate.parse(date);
        System.out.println("reminders sent: " + reminders.run(today));
        return null;
    }
}
