package org.grassroots.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class ModuleSchemaFailuresTest {
    @Test
    void theReasonNamesTheScriptAndTheDatabasesMessage() {
        String flyway = "Migration V2__fails_half_way.sql failed\n-----------------------------------\n"
                + "SQL State  : 42X05\nError Code : 30000\nMessage    : Table/View 'FXMIG_NO_SUCH_TABLE' does not exist.\n"
                + "Location   : db/migrating/V2__fails_half_way.sql\nLine       : 6\n";
        assertEquals("Migration V2__fails_half_way.sql failed: Table/View 'FXMIG_NO_SUCH_TABLE' does not exist.",
                ModuleSchemaFailures.reason(new IllegalStateException(flyway)));
        assertEquals("boom", ModuleSchemaFailures.reason(new IllegalStateException("boom")));
        assertEquals("NullPointerException", ModuleSchemaFailures.reason(new NullPointerException()));
    }

    @Test
    void aFailureAndAnActivationAreKeptPerBundleUntilForgottenOrDone() {
        ModuleSchemaFailures failures = new ModuleSchemaFailures();
        Bundle bundle = bundle(42);
        Bundle other = bundle(43);
        failures.failed(bundle, "Migration V2__x.sql failed");
        assertEquals(Optional.of("Migration V2__x.sql failed"), failures.of(bundle));
        assertEquals(Optional.empty(), failures.of(other));
        failures.forget(bundle);
        assertEquals(Optional.empty(), failures.of(bundle));

        failures.activating(bundle);
        assertTrue(failures.activatingSeconds(bundle).isPresent());
        assertEquals(Optional.empty(), failures.activatingSeconds(other));
        failures.activated(bundle);
        assertEquals(Optional.empty(), failures.activatingSeconds(bundle));
    }

    private static Bundle bundle(long id) {
        return (Bundle) Proxy.newProxyInstance(ModuleSchemaFailuresTest.class.getClassLoader(), new Class<?>[] { Bundle.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBundleId" -> id;
                    case "hashCode" -> (int) id;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
