package org.grassroots.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
