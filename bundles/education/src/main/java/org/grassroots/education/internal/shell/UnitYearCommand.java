package org.grassroots.education.internal.shell;

import org.apache.karaf.shell.api.action.Argument;

/** A command about a unit's subtree in a year. */
abstract class UnitYearCommand extends UnitCommand {
    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    protected int year;
}
