package org.grassroots.education.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.education.internal.Compliance;
import org.grassroots.education.internal.ComplianceRow;

@Command(scope = "grassroots", name = "education-compliance",
        description = "Members meeting the annual study-hour requirement in a unit's subtree and in each unit below it")
@Service
public class ComplianceCommand extends UnitYearCommand {
    @Reference
    private Compliance compliance;

    @Override
    public Object execute() {
        var unit = unit();
        var report = asShell(() -> compliance.report(unit.id(), year));
        print(report.total());
        report.children().stream().filter(r -> r.members() > 0).forEach(r -> {
            System.out.print("  ");
            print(r);
        });
        return null;
    }

    private static void print(ComplianceRow r) {
        System.out.printf("%s: members %d, meeting %d (%.1f%%), hours %s%n", r.unitName(), r.members(), r.meeting(),
                r.percent(), r.hours().toPlainString());
    }
}
