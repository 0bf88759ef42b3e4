package org.grassroots.buildings.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.buildings.internal.ManagedOrganization;
import org.grassroots.buildings.internal.Management;
import org.grassroots.buildings.internal.ManagementSummary;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "buildings-management",
        description = "两企三新 management under a unit: 两新 organizations, how many a committee manages, each committee's share")
@Service
public class ManagementCommand implements Action {
    @Reference
    private Management management;
    @Reference
    private OrganizationService organizations;

    @Completion(BuildingAreaCodes.class)
    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street or park")
    private String code;

    @Option(name = "--unmanaged", description = "Also list the 两新 organizations with no managing committee (at most 500)")
    private boolean unmanaged;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        ManagementSummary summary = management.summary(unit.id());
        System.out.printf("两新组织 %d，已明确管理党委 %d，无管理党委 %d%n", summary.organizations(), summary.managed(), summary.unmanaged());
        for (ManagementSummary.Load load : summary.committees()) {
            System.out.printf("  %-24s %-6s %6d%n", load.committeeName(), load.kind().labels().zhCN(), load.organizations());
        }
        if (unmanaged) {
            for (ManagedOrganization o : management.search(unit.id(), false, null, new PageRequest(0, PageRequest.MAX_SIZE, null)).items()) {
                System.out.printf("  %-16s %s%n", o.organizationCode(), o.organizationName());
            }
        }
        return null;
    }
}
