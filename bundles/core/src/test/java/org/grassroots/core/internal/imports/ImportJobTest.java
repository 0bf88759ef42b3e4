package org.grassroots.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.internal.io.RowProblem;
import org.junit.jupiter.api.Test;

/** The log line of an import tells where its time went, phase by phase, up to its end. */
class ImportJobTest {
    @Test
    void theLogLineNamesEveryPhaseTheJobWentThroughWithItsDuration() {
        ImportJob job = new ImportJob("j", ImportKind.MEMBERS, Locale.ROOT);
        job.enter(ImportJob.Phase.PARSING, 0);
        job.enter(ImportJob.Phase.VALIDATING, 3);
        job.enter(ImportJob.Phase.WRITING, 3);
        job.finish(3, 3, List.of());

        String times = job.phaseTimes();
        assertTrue(times.matches("parsing \\d+\\.\\d s, validating \\d+\\.\\d s, writing \\d+\\.\\d s"), times);
    }

    @Test
    void aRefusedFileEndsAfterItsChecks() {
        ImportJob job = new ImportJob("j", ImportKind.MEMBERS, Locale.ROOT);
        job.enter(ImportJob.Phase.PARSING, 0);
        job.enter(ImportJob.Phase.VALIDATING, 1);
        job.finish(1, 0, List.of(new RowProblem(2, "x", Message.of("不能为空", "must not be empty"))));

        assertEquals(2, job.phaseTimes().split(", ").length, job.phaseTimes());
        assertTrue(job.phaseTimes().startsWith("parsing "), job.phaseTimes());
    }
}
