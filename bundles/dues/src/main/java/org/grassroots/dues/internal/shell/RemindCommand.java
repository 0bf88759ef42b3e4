package org.grassroots.dues.internal.shell;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.dues.internal.Reminders;

@Command(scope = "grassroots", name = "dues-remind",
        description = "Reminds the branches of open months past their settling day and the organizations that have not "
                + "opened this month by the opening day (each once), now")
@Service
public class RemindCommand implements Action {
    @Reference
    private Reminders reminders;

    // a day other than today: an operator catching up after the scheduler was off, or a test
    @Option(name = "--on", description = "Check as on this day (yyyy-MM-dd) instead of today")
    private String on;

    @Override
    public Object execute() {
        LocalDate day = on == null || on.isBlank() ? LocalDate.now() : LocalDate.parse(on.trim());
        List<Long> months = reminders.remind(day);
        System.out.println(months.size() + " month(s) reminded: " + months);
        List<Long> organizations = reminders.remindOpening(day);
        System.out.println(organizations.size() + " organization(s) reminded to open " + day.getYear() + "-"
                + String.format("%02d", day.getMonthValue()) + ": " + organizations);
        return null;
    }
}
