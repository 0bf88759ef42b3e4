package org.grassroots.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.ImportProgress;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.internal.io.RowProblem;
import org.grassroots.core.internal.schema.MigratedDerby;
import org.junit.jupiter.api.Test;

/** Two boards on one (Derby, in memory) database are two nodes: what one node's import does, the other reads. */
class ImportProgressBoardTest {

    @Test
    void anImportRunOnOneNodeIsPolledThroughTheOther() throws Exception {
        EmbeddedDataSource db = MigratedDerby.core("import-board");
        ImportProgressBoard a = new ImportProgressBoard(db, "node-a");
        ImportProgressBoard b = new ImportProgressBoard(db, "node-b");
        try {
            ImportJob job = new ImportJob("job-1", ImportKind.MEMBERS, Locale.ENGLISH);
            a.add(job);
            // written before startImport answers: the first poll through B finds it
            assertEquals("QUEUED", b.progress("job-1").orElseThrow().phase());
            assertTrue(b.progress("no-such-job").isEmpty());

            job.enter(ImportJob.Phase.VALIDATING, 3);
            job.advance();
            job.advance();
            ImportProgress running = await(b, "VALIDATING");
            assertEquals(2, running.processedRows());
            assertEquals(3, running.totalRows());
            assertNull(running.report());

            job.finish(3, 0, List.of(new RowProblem(2, "idNumber", Message.of("错误", "bad")),
                    new RowProblem(3, "name", Message.of("缺少", "missing"))));
            a.ended(job);
            ImportProgress failed = await(b, "FAILED");
            assertEquals(3, failed.report().rows());
            assertEquals(2, failed.report().errors().size());
            assertEquals(2, failed.report().errors().get(0).row());
            assertEquals("name", failed.report().errors().get(1).column());
            assertEquals(a.progress("job-1").orElseThrow().report(), failed.report());
        } finally {
            a.close();
            b.close();
        }
    }

    private static ImportProgress await(ImportProgressBoard board, String phase) throws InterruptedException {
        ImportProgress last = null;
        for (int i = 0; i < 100; i++) {
            last = board.progress("job-1").orElseThrow();
            if (last.phase().equals(phase)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("still " + last + " after 5 s");
    }
}
