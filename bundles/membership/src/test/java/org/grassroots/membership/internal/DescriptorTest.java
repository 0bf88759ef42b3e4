package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.security.Role;
import org.junit.jupiter.api.Test;

/** Who may do what: the branch records, the street and the district decide about membership, the district sets rules. */
class DescriptorTest {
    @Test
    void permissionsAreGrantedToTheRolesThatDoTheWork() {
        ModuleDescriptor d = MembershipModule.describe("1.0.0");
        assertEquals("membership", d.id());
        assertEquals(Set.of(Role.DISTRICT_ADMIN, Role.UNIT_ADMIN, Role.SECRETARY), roles(d, MembershipModule.WRITE));
        assertEquals(Set.of(Role.DISTRICT_ADMIN, Role.UNIT_ADMIN), roles(d, MembershipModule.DECIDE));
        assertEquals(Set.of(Role.DISTRICT_ADMIN), roles(d, MembershipModule.SETTINGS));
        assertTrue(roles(d, MembershipModule.READ).contains(Role.AUDITOR));
        assertTrue(d.permissions().stream().allMatch(p -> p.id().startsWith("membership.")));
        assertEquals(7, d.statistics().size());
    }

    private static Set<Role> roles(ModuleDescriptor d, String permission) {
        return d.permissions().stream().filter(p -> p.id().equals(permission)).findFirst()
                .map(PermissionDefinition::grantedTo).orElseThrow().stream().collect(Collectors.toSet());
    }
}
