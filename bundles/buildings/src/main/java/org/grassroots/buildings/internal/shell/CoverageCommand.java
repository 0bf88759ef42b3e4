package org.grassroots.buildings.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.buildings.internal.CoverageReport;
import org.grassroots.buildings.internal.CoverageReports;
import org.grassroots.buildings.internal.CoverageRow;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "buildings-coverage",
        description = "Party coverage of the enterprises in the buildings under a unit, per belt (and per building)")
@Service
public class CoverageCommand implements Action {
    @Reference
    private CoverageReports coverage;
    @Reference
    private OrganizationService organizations;

    @Completion(BuildingAreaCodes.class)
    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street, park or building")
    private String code;

    @Option(name = "--buildings", description = "Also list every building")
    private boolean perBuilding;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        CoverageReport report = coverage.report(unit.id(), null);
        System.out.printf("%-22s %6s %6s %6s %6s %8s %7s%n", "", "企业", "单建", "联建", "未覆盖", "应建未建", "覆盖率");
        for (CoverageRow row : report.belts()) {
            print(row.name(), row);
        }
        print("合计", report.total());
        if (perBuilding) {
            report.buildings().forEach(row -> print(row.name(), row));
        }
        return null;
    }

    private static void print(String name, CoverageRow row) {
        System.out.printf("%-22s %6d %6d %6d %6d %8d %6.1f%%%n", name, row.enterprises(), row.ownOrganization(), row.jointBranch(),
                row.none(), row.shouldForm(), row.percent());
    }
}
