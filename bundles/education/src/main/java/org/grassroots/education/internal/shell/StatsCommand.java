package org.grassroots.education.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.education.internal.EducationStatistics;
import org.grassroots.education.internal.Figures;

@Command(scope = "grassroots", name = "education-stats",
        description = "Member-education figures of a unit's subtree for a year: sites, routes, sessions, attendance, hours, compliance")
@Service
public class StatsCommand extends UnitYearCommand {
    @Reference
    private EducationStatistics statistics;

    @Override
    public Object execute() {
        var unit = unit();
        Figures f = asShell(() -> statistics.figures(unit, year));
        System.out.println(f.unitName() + " " + year);
        System.out.printf("  sites %d %s%n", f.sites(), f.sitesByCategory());
        System.out.printf("  routes %d%n", f.routesPublished());
        System.out.printf("  sessions held %d %s, attendance %.1f%%%n", f.sessionsHeld(), f.sessionsByStatus(), f.attendanceRate());
        System.out.printf("  hours %s %s%n", f.hoursCredited().toPlainString(), f.hoursBySource());
        System.out.printf("  members %d, meeting the requirement %d (%.1f%%)%n", f.members(), f.meeting(), f.compliancePercent());
        return null;
    }
}
