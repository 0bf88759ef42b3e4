package org.grassroots.rest.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.ws.rs.container.ResourceInfo;

import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.rest.AnySignedInUser;
import org.grassroots.rest.RequiresPermission;
import org.junit.jupiter.api.Test;

class PermissionFilterTest {
    static class Undeclared {
        public String forgotten() {
            return "";
        }

        @AnySignedInUser("the caller's own settings")
        public String mine() {
            return "";
        }

        @RequiresPermission("demo.write")
        public String write() {
            return "";
        }
    }

    @RequiresPermission("demo.read")
    static class Declared {
        public String read() {
            return "";
        }
    }

    /** Grants nothing but records what was asked. */
    static final class RecordingAuthorization implements Authorization {
        final List<String> required = new ArrayList<>();

        @Override
        public Caller current() {
            return null;
        }

        @Override
        public boolean hasPermission(String permission) {
            return true;
        }

        @Override
        public void require(String permission) {
            required.add(permission);
        }

        @Override
        public boolean inScope(long organizationId) {
            return true;
        }

        @Override
        public void requireInScope(long organizationId, String entityType, Object entityId) {
        }

        @Override
        public String scopePath() {
            return null;
        }

        @Override
        public <T> T runAs(Caller caller, Supplier<T> action) {
            return action.get();
        }
    }

    private static ResourceInfo resource(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return m;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }

    @Test
    void aMethodWithoutADeclaredPermissionIsRefusedToEveryone() throws Exception {
        RecordingAuthorization authorization = new RecordingAuthorization();
        PermissionFilter filter = new PermissionFilter(() -> authorization, resource(Undeclared.class, "forgotten"));
        assertThrows(ForbiddenException.class, () -> filter.filter(null));
    }

    @Test
    void theMarkerOpensAMethodToEverySignedInCallerAndPermissionsAreChecked() throws Exception {
        RecordingAuthorization authorization = new RecordingAuthorization();
        assertDoesNotThrow(() -> new PermissionFilter(() -> authorization, resource(Undeclared.class, "mine")).filter(null));
        new PermissionFilter(() -> authorization, resource(Undeclared.class, "write")).filter(null);
        new PermissionFilter(() -> authorization, resource(Declared.class, "read")).filter(null);
        assertEquals(List.of("demo.write", "demo.read"), authorization.required);
    }
}
