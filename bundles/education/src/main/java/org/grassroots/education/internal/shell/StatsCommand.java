package org.grassroots.education.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.education.internal.EducationStatistics;
import org.grassroots.education.internal.Views.Figures;

@Command(scope = "grassroots", name = "education-stats",
        description = "Member-education figures of a unit's subtree for a year: sites, routes, sessions, attendance, hours, compliance")
@Service
public class StatsCommand implements Action {
    @Reference
    private EducationStatistics statistics;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street, park, ...")
    @Completion(UnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Override
    public Object execute() {
        var unit = organizations.findByCode(code).orElseThrow(() -> new IllegalArgumentException("no unit with code " + code));
        Figures f = authorization.runAs(Caller.system("shell"), () -> statistics.figures(unit, year));
        System.out.println(f.unitName() + " " + year);
        System.out.printf("  sites %d %s%n", f.sites(), f.sitesByCategory());
        System.out.printf("  routes %d%n", f.routesPublished());
        System.out.printf("  sessions held %d %s, attendance %.1f%%%n", f.sessionsHeld(), f.sessionsByStatus(), f.attendanceRate());
        System.out.printf("  hours %s %s%n", f.hoursCredited().toPlainString(), f.hoursBySource());
        System.out.printf("  members %d, meeting the requirement %d (%.1f%%)%n", f.members(), f.meeting(), f.compliancePercent());
        return null;
    }
}
