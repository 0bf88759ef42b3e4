package org.grassroots.community.internal;

import java.util.Arrays;
import java.util.List;

import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Party members of the new employment groups under a unit, counted through core's member tags (the stations'
 * page shows them): core counts in the caller's scope, so only members the caller may see are counted.
 */
@Component(service = EmploymentGroups.class)
public class EmploymentGroups {
    /** How many members of one group are under the unit. */
    public record GroupCount(NewEmploymentGroup group, String tag, long members) {
    }

    private final ModuleScope scope;
    private final MemberService members;

    @Activate
    public EmploymentGroups(@Reference CommunityUnits units, @Reference MemberService members) {
        this.scope = units.scope();
        this.members = members;
    }

    public List<GroupCount> count(Long unitId) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return Arrays.stream(NewEmploymentGroup.values()).map(g -> new GroupCount(g, g.tag(),
                members.count(new MemberQuery(null, null, unit.id(), null, null, g.tag())))).toList();
    }
}
