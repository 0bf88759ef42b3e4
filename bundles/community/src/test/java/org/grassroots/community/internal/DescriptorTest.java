package org.grassroots.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.security.Role;
import org.junit.jupiter.api.Test;

/** Who may do what: communities keep their records, streets decide, members serve themselves. */
class DescriptorTest {
    @Test
    void permissionsAreGrantedToTheRolesThatDoTheWork() {
        ModuleDescriptor d = CommunityModule.describe("1.0.0");
        assertEquals("community", d.id());
        assertEquals(ModuleCategory.FORTRESS, d.category());
        assertEquals(Set.of(Role.DISTRICT_ADMIN, Role.UNIT_ADMIN, Role.SECRETARY), roles(d, CommunityModule.MANAGE));
        assertEquals(Set.of(Role.DISTRICT_ADMIN, Role.UNIT_ADMIN), roles(d, CommunityModule.DECIDE));
        assertTrue(roles(d, CommunityModule.READ).contains(Role.AUDITOR));
        assertTrue(roles(d, CommunityModule.OWN).contains(Role.MEMBER));
        assertTrue(d.permissions().stream().allMatch(p -> p.id().startsWith("community.")));
        assertEquals(13, d.statistics().size());
        // the events figure breaks down by kind, each part labelled like the kind itself (no raw codes on screen)
        assertEquals(Set.of("VOLUNTEER", "TRAINING", "FORUM"), d.statistics().stream().filter(s -> s.id().equals(CommunityModule.EVENTS))
                .findFirst().orElseThrow().breakdownLabels().keySet());
    }

    private static Set<Role> roles(ModuleDescriptor d, String permission) {
        return d.permissions().stream().filter(p -> p.id().equals(permission)).findFirst()
                .map(PermissionDefinition::grantedTo).orElseThrow().stream().collect(Collectors.toSet());
    }
}
