package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.security.Role;
import org.junit.jupiter.api.Test;

/** Who may do what: collecting is the branch's job, reopening the street's or park's, the bands the district's. */
class DescriptorTest {
    @Test
    void permissionsAreGrantedToTheRolesThatDoTheWork() {
        ModuleDescriptor d = DuesModule.describe("1.0.0");
        assertEquals("dues", d.id());
        assertEquals(Set.of(Role.DISTRICT_ADMIN, Role.UNIT_ADMIN, Role.SECRETARY), roles(d, DuesModule.COLLECT));
        assertEquals(Set.of(Role.DISTRICT_ADMIN, Role.UNIT_ADMIN), roles(d, DuesModule.REOPEN));
        assertEquals(Set.of(Role.DISTRICT_ADMIN), roles(d, DuesModule.SETTINGS));
        assertTrue(roles(d, DuesModule.READ).contains(Role.AUDITOR));
        assertTrue(roles(d, DuesModule.OWN).contains(Role.MEMBER));
        assertTrue(d.permissions().stream().allMatch(p -> p.id().startsWith("dues.")));
        assertEquals(7, d.statistics().size());
    }

    private static Set<Role> roles(ModuleDescriptor d, String permission) {
        return d.permissions().stream().filter(p -> p.id().equals(permission)).findFirst()
                .map(PermissionDefinition::grantedTo).orElseThrow().stream().collect(Collectors.toSet());
    }
}
