package org.grassroots.education.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.education.internal.Reminders;
import org.grassroots.education.internal.Sessions;

@Command(scope = "grassroots", name = "education-remind",
        description = "In the last quarter: reminds the units of a subtree whose members are below the year's study-hour requirement")
@Service
public class RemindCommand extends UnitYearCommand {
    @Reference
    private Reminders reminders;

    @Override
    public Object execute() {
        var unit = unit();
        int units = asShell(() -> reminders.remindBehind(unit.id(), year, LocalDate.now(Sessions.LOCAL)));
        System.out.println(units + " units reminded");
        return null;
    }
}
