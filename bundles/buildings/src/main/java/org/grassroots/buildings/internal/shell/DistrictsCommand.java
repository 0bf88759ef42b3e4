package org.grassroots.buildings.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.buildings.internal.District;
import org.grassroots.buildings.internal.DistrictMember;
import org.grassroots.buildings.internal.Districts;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "buildings-districts",
        description = "Business districts (商圈) led under a unit: lead organization, member buildings and units, joint meetings and activities")
@Service
public class DistrictsCommand implements Action {
    @Reference
    private Districts districts;
    @Reference
    private OrganizationService organizations;

    @Completion(BuildingAreaCodes.class)
    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street or park")
    private String code;

    @Option(name = "--members", description = "Also list each district's members with the meetings and activities they attended")
    private boolean members;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        Page<District> found = districts.search(unit.id(), new PageRequest(0, PageRequest.MAX_SIZE, null));
        System.out.printf("商圈 %d%n", found.total());
        for (District d : found.items()) {
            System.out.printf("  %-20s %-20s 成立 %s  成员楼宇 %d  其他单位 %d  联席会议与联建活动 %d%n", d.name(), d.leadOrgName(),
                    d.establishedOn(), d.buildings(), d.units(), d.activities());
            if (members) {
                for (DistrictMember m : d.members()) {
                    System.out.printf("    %-24s %s 加入 %s%s  到会 %d/%d%n", m.unitName(), m.building() ? "楼宇" : "单位", m.joinedOn(),
                            m.leftOn() == null ? "" : "，" + m.leftOn() + " 退出", m.attended(), m.held());
                }
            }
        }
        return null;
    }
}
