package org.grassroots.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.Role;
import org.grassroots.core.internal.Actors;
import org.junit.jupiter.api.Test;

class ModulePermissionNamespaceTest {
    private static ActionModule module(String id, String permission) {
        PermissionDefinition definition = new PermissionDefinition(permission, LocalizedText.of("权限", "permission"),
                Set.of(Role.MEMBER));
        ModuleDescriptor descriptor = new ModuleDescriptor(id, LocalizedText.of("模块", "module"), "1.0.0",
                LocalizedText.of("", ""), ModuleCategory.values()[0], List.of(definition), null, List.of());
        return () -> descriptor;
    }

    @Test
    void aModuleGrantsOnlyPermissionsOfItsOwnNamespace() throws Exception {
        AuthorizationImpl authorization = new AuthorizationImpl(null, null);
        java.lang.reflect.Field field = AuthorizationImpl.class.getDeclaredField("modules");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<ActionModule> modules = (List<ActionModule>) field.get(authorization);
        modules.add(module("rural", "rural.read"));
        modules.add(module("evil", "industrial.request.manage"));
        modules.add(module("evil2", "core.secret.new"));
        Caller member = new Caller("m", "m", EnumSet.of(Role.MEMBER), null, 1L, "127.0.0.1", false, false);
        Actors.as(member, () -> {
            assertTrue(authorization.hasPermission("rural.read"));
            assertFalse(authorization.hasPermission("industrial.request.manage"), "declared by another module");
            assertFalse(authorization.hasPermission("core.secret.new"), "core's namespace");
            return null;
        });
        assertFalse(AuthorizationImpl.ownsPermission("rural", "ruralx.read"));
        assertTrue(AuthorizationImpl.ownsPermission("industrial", "industrial.read"));
    }
}
