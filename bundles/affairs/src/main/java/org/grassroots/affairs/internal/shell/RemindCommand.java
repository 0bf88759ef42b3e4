package org.grassroots.affairs.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.affairs.internal.ReminderRun;
import org.grassroots.affairs.internal.Reminders;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "affairs-remind",
        description = "Send now the reminders of meetings falling due in a unit's subtree (each organization, type and period once)")
@Service
public class RemindCommand implements Action {
    @Reference
    private Reminders reminders;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street, park or organization")
    @Completion(UnitCodes.class)
    private String code;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        ReminderRun run = reminders.run(unit, LocalDate.now());
        System.out.printf("%s: %d organizations checked, %d reminders sent, %d sent before%n", run.asOf(),
                run.organizationsChecked(), run.reminded(), run.alreadyReminded());
        return null;
    }
}
