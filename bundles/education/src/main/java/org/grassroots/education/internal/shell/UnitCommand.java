package org.grassroots.education.internal.shell;

import java.util.function.Supplier;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;

/** A command about a unit's subtree: the unit by its code (core's {@link ShellUnits}), the work run as the shell. */
abstract class UnitCommand implements Action {
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street, park, ...")
    @Completion(UnitCodes.class)
    private String code;

    protected Organization unit() {
        return ShellUnits.byCode(organizations, code);
    }

    protected <T> T asShell(Supplier<T> work) {
        return authorization.runAs(Caller.system("shell"), work);
    }
}
