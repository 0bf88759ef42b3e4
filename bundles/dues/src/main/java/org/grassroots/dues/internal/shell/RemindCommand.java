package org.grassroots.dues.internal.shell;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.dues.internal.Reminders;

@Command(scope = "grassroots", name = "dues-remind",
        description = "Reminds the branches of open months past their settling day (each month once), now")
@Service
public class RemindCommand implements Action {
    @Reference
    private Reminders reminders;

    @Override
    public Object execute() {
        List<Long> months = reminders.remind(LocalDate.now());
        System.out.println(months.size() + " month(s) reminded: " + months);
        List<Long> organizations = reminders.remindOpening(LocalDate.now());
        System.out.println(organizations.size() + " organization(s) reminded to open this month: " + organizations);
        return null;
    }
}
