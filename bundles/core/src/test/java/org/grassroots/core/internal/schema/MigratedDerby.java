package org.grassroots.core.internal.schema;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.grassroots.core.schema.SchemaMigrations;

/** A new in-memory Derby database with core's migrations applied, for tests of code that reads core's tables. */
public final class MigratedDerby {
    private MigratedDerby() {
    }

    public static EmbeddedDataSource core(String purpose) {
        EmbeddedDataSource db = empty(purpose);
        SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core");
        return db;
    }

    /** A new in-memory Derby database without any table, for tests that migrate it themselves. */
    public static EmbeddedDataSource empty(String purpose) {
        // Derby's log goes to the build folder, not into the source tree
        System.setProperty("derby.stream.error.file", "target/derby.log");
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:" + purpose + "-" + System.nanoTime());
        db.setCreateDatabase("create");
        return db;
    }
}
