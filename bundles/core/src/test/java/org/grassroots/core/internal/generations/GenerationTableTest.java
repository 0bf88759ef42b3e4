package org.grassroots.core.internal.generations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.schema.SchemaMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generations table migrates on Derby, starts with core at 0, and every bump moves exactly the modules named. */
class GenerationTableTest {
    private GenerationTable table;

    @BeforeEach
    void migrate() {
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:generations-" + System.nanoTime());
        db.setCreateDatabase("create");
        SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core");
        table = new GenerationTable(db);
    }

    @Test
    void aFreshDatabaseHasCoreAtZeroAndNoModule() {
        assertEquals(Map.of("core", 0L), table.read());
    }

    @Test
    void aBumpMovesTheNamedModulesOnlyAndCreatesTheirRowAtTheFirst() {
        table.bump(List.of("affairs"));
        table.bump(List.of("affairs", "education"));
        assertEquals(Map.of("core", 0L, "affairs", 2L, "education", 1L), table.read());
        table.bump(List.of("core"));
        assertEquals(Map.of("core", 1L, "affairs", 2L, "education", 1L), table.read());
    }

    @Test
    void concurrentFirstBumpsOfOneModuleAreAllCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                done.add(pool.submit(() -> table.bump(List.of("dues"))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(40L, table.read().get("dues"));
    }

    @Test
    void aModulesStampMovesWithItsOwnAndCoresChangesOnly() {
        Map<String, Long> before = Map.of("core", 3L, "affairs", 5L, "dues", 1L);
        assertEquals(8L, DataGenerationsImpl.stamp(before, "affairs"));
        assertEquals(3L, DataGenerationsImpl.stamp(before, "core"));
        assertEquals(3L, DataGenerationsImpl.stamp(before, "education"), "a module that never changed has core's");
        assertEquals(DataGenerationsImpl.stamp(before, "affairs"),
                DataGenerationsImpl.stamp(Map.of("core", 3L, "affairs", 5L, "dues", 2L), "affairs"));
    }

    @Test
    void auditLinesCountForTheModuleTheirTypeNamesAndUnprefixedTypesForCore() {
        assertEquals("education", DataGenerationsImpl.moduleOf("education.site"));
        assertEquals("core", DataGenerationsImpl.moduleOf("member"));
        assertEquals("core", DataGenerationsImpl.moduleOf(".odd"));
        assertEquals(true, DataGenerationsImpl.READS.contains("READ_PERSONAL"));
    }
}
