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
import org.grassroots.education.internal.Compliance;
import org.grassroots.education.internal.Views.ComplianceRow;

@Command(scope = "grassroots", name = "education-compliance",
        description = "Members meeting the annual study-hour requirement in a unit's subtree and in each unit below it")
@Service
public class ComplianceCommand implements Action {
    @Reference
    private Compliance compliance;
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
        var report = authorization.runAs(Caller.system("shell"), () -> compliance.report(unit.id(), year));
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
