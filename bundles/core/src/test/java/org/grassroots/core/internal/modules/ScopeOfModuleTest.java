package org.grassroots.core.internal.modules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleDisabledException;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.Role;
import org.junit.jupiter.api.Test;

/** The one scope policy: 422 for a missing unit, 404 outside the caller's subtree, 403 where not enabled. */
class ScopeOfModuleTest {
    private static final Organization DISTRICT = unit(1, "/1/", UnitType.DISTRICT);
    private static final Organization PARK = unit(2, "/1/2/", UnitType.PARK);
    private static final Organization GRID = unit(3, "/1/2/3/", UnitType.GRID);
    private static final Organization ENTERPRISE = unit(4, "/1/2/3/4/", UnitType.ENTERPRISE);
    private static final Organization OTHER_PARK = unit(5, "/1/5/", UnitType.PARK);
    private static final Map<Long, Organization> UNITS = Map.of(1L, DISTRICT, 2L, PARK, 3L, GRID, 4L, ENTERPRISE,
            5L, OTHER_PARK);

    /** The signed-in caller administers the park; a system caller (runAs) sees everything. */
    private final ThreadLocal<Caller> current = ThreadLocal.withInitial(() -> new Caller("padmin", "padmin",
            Set.of(Role.UNIT_ADMIN), 2L, null, null, false, false));
    private final ModuleScope scope = new ModuleScopesImpl(authorization(), organizations(), enablement(Set.of(2L)))
            .of("industrial");

    @Test
    void aListedUnitMustBeNamedVisibleAndEnabled() {
        assertEquals(GRID, scope.enabledUnit(3L, "unit"));
        ValidationException missing = assertThrows(ValidationException.class, () -> scope.enabledUnit(null, "unit"));
        assertEquals("unit", missing.errors().get(0).field());
        assertThrows(NotFoundException.class, () -> scope.enabledUnit(5L, "unit"));
        assertThrows(NotFoundException.class, () -> scope.enabledUnit(99L, "unit"));
        ModuleScope elsewhere = new ModuleScopesImpl(authorization(), organizations(), enablement(Set.of())).of("rural");
        assertThrows(ModuleDisabledException.class, () -> elsewhere.enabledUnit(3L, "unit"));
        assertEquals(GRID, elsewhere.unit(3L, "unit"));
    }

    @Test
    void recordsAreVisibleByTheirStoredPath() {
        assertDoesNotThrow(() -> scope.requireVisible("/1/2/3/4/", "request", 7));
        assertThrows(NotFoundException.class, () -> scope.requireVisible("/1/5/", "request", 7));
        assertThrows(NotFoundException.class, () -> scope.requireVisible(null, "request", 7));
        assertEquals("/1/2/", scope.scopePath());
        assertEquals("/1/2/%", scope.scopePattern());
        assertEquals(2L, scope.scopeUnit());
        assertDoesNotThrow(() -> scope.requireRecord(4, "request", 7));
        assertThrows(NotFoundException.class, () -> scope.requireRecord(5, "request", 7));
    }

    @Test
    void referencedUnitsAreRefusedFieldsNotNotFound() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(scope.referencedUnit(5L, "parkId", errors));
        assertNull(scope.referencedUnit(null, "gridId", errors));
        assertEquals(PARK, scope.referencedUnit(2L, "unitId", errors));
        assertEquals(List.of("parkId", "gridId"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void ancestorsAndNamesAreLookedUpWhateverTheCallersScope() {
        assertEquals(Optional.of(PARK), scope.nearest(ENTERPRISE, UnitType.PARK));
        assertEquals(Optional.of(GRID), scope.nearest(GRID, UnitType.GRID));
        assertEquals(Optional.of(DISTRICT), scope.nearest(ENTERPRISE, UnitType.DISTRICT));
        assertEquals(Optional.empty(), scope.nearest(ENTERPRISE, UnitType.VILLAGE));
        assertEquals("u5", scope.name(5L));
        assertEquals("/1/5/", scope.path(5L));
        assertNull(scope.name(null));
        assertEquals("padmin", scope.actor());
        assertEquals(List.of(1L, 7L), ScopeOfModule.ancestors("/1/7/42/"));
    }

    private static Organization unit(long id, String path, UnitType type) {
        return new Organization(id, "C" + id, "u" + id, null, path, path.split("/").length - 2, type, null, null, null,
                null, null, null, 0);
    }

    private String scopePathOf(Caller caller) {
        return caller.unrestricted() ? null : UNITS.get(caller.organizationId()).path();
    }

    private boolean visible(long id) {
        String prefix = scopePathOf(current.get());
        return UNITS.containsKey(id) && (prefix == null || UNITS.get(id).path().startsWith(prefix));
    }

    private Authorization authorization() {
        return new Authorization() {
            @Override
            public Caller current() {
                return current.get();
            }

            @Override
            public boolean hasPermission(String permission) {
                return true;
            }

            @Override
            public void require(String permission) {
            }

            @Override
            public boolean inScope(long organizationId) {
                return visible(organizationId);
            }

            @Override
            public void requireInScope(long organizationId, String entityType, Object entityId) {
                if (!visible(organizationId)) {
                    throw new NotFoundException(entityType, entityId);
                }
            }

            @Override
            public String scopePath() {
                return scopePathOf(current.get());
            }

            @Override
            public <T> T runAs(Caller caller, Supplier<T> action) {
                Caller before = current.get();
                current.set(caller);
                try {
                    return action.get();
                } finally {
                    current.set(before);
                }
            }
        };
    }

    /** Only find() is used: core answers units in the caller's scope. */
    private OrganizationService organizations() {
        return (OrganizationService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OrganizationService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        long id = (Long) args[0];
                        return visible(id) ? Optional.of(UNITS.get(id)) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Enabled for the given units and their subtrees. */
    private static ModuleEnablement enablement(Set<Long> enabledAt) {
        return (ModuleEnablement) Proxy.newProxyInstance(ScopeOfModuleTest.class.getClassLoader(),
                new Class<?>[] {ModuleEnablement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("requireEnabled")) {
                        long unit = (Long) args[1];
                        boolean enabled = enabledAt.stream().anyMatch(e -> UNITS.get(unit).path()
                                .startsWith(UNITS.get(e).path()));
                        if (!enabled) {
                            throw new ModuleDisabledException((String) args[0], unit);
                        }
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
