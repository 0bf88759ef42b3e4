package org.grassroots.education.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.education.internal.Reminders;
import org.grassroots.education.internal.Sessions;

@Command(scope = "grassroots", name = "education-remind",
        description = "In the last quarter: reminds the units of a subtree whose members are below the year's study-hour requirement")
@Service
public class RemindCommand implements Action {
    @Reference
    private Reminders reminders;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street, park, ...")
    @Completion(UnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "The current year")
    private int year;

    @Override
    public Object execute() {
        var unit = organizations.findByCode(code).orElseThrow(() -> new IllegalArgumentException("no unit with code " + code));
        int units = authorization.runAs(Caller.system("shell"),
                () -> reminders.remindBehind(unit.id(), year, LocalDate.now(Sessions.LOCAL)));
        System.out.println(units + " units reminded");
        return null;
    }
}
