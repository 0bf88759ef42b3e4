package org.grassroots.rolemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.security.Role;
import org.junit.jupiter.api.Test;

/** Who may do what: units record and recommend, only the district assigns its leaders' contact points, administrators organize award campaigns. */
class DescriptorTest {
    @Test
    void permissionsAreGrantedToTheRolesThatDoTheWork() {
        ModuleDescriptor d = RoleModelModule.describe("1.0.0");
        assertEquals("rolemodel", d.id());
        assertEquals(ModuleCategory.MAIN_LINE, d.category());
        assertEquals(Set.of(Role.DISTRICT_ADMIN), roles(d, RoleModelModule.CONTACTS));
        assertEquals(Set.of(Role.DISTRICT_ADMIN, Role.UNIT_ADMIN, Role.SECRETARY), roles(d, RoleModelModule.RECOMMEND));
        assertTrue(roles(d, RoleModelModule.READ).contains(Role.AUDITOR));
        assertTrue(d.permissions().stream().allMatch(p -> p.id().startsWith("rolemodel.")));
        assertEquals(Set.of(Role.DISTRICT_ADMIN, Role.UNIT_ADMIN), roles(d, RoleModelModule.AWARDS));
        assertEquals(10, d.statistics().size());
    }

    private static Set<Role> roles(ModuleDescriptor d, String permission) {
        return d.permissions().stream().filter(p -> p.id().equals(permission)).findFirst()
                .map(PermissionDefinition::grantedTo).orElseThrow().stream().collect(Collectors.toSet());
    }
}
