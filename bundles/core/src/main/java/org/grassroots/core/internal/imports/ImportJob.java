package org.grassroots.core.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.ImportProgress;
import org.grassroots.core.api.ImportReport;
import org.grassroots.core.api.RowError;
import org.grassroots.core.internal.io.ReadSheet;
import org.grassroots.core.internal.io.RowProblem;

/** The live state of one import, read by progress polls while the import runs. */
final class ImportJob {
    enum Phase { QUEUED, PARSING, VALIDATING, WRITING, DONE, FAILED }

    private final String id;
    private final ImportKind kind;
    /** The language of the request that started the import: the report's reasons are written in it. */
    private final Locale language;
    private final long createdAt = System.currentTimeMillis();
    private final AtomicInteger processed = new AtomicInteger();
    /** Counts every change, so the board writes a job to the database only when it changed. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Phase phase = Phase.QUEUED;
    private volatile int total;
    private volatile ImportReport report;
    /** When each phase began, for the log line that tells an operator where an import's time went. */
    private final List<PhaseStart> phaseStarts = new ArrayList<>();

    private record PhaseStart(Phase phase, long nanoTime) {
    }

    ImportJob(String id, ImportKind kind, Locale language) {
        this.id = id;
        this.kind = kind;
        this.language = language;
    }

    String id() {
        return id;
    }

    ImportKind kind() {
        return kind;
    }

    long createdAt() {
        return createdAt;
    }

    void enter(Phase next, int totalRows) {
        mark(next);
        processed.set(0);
        total = totalRows;
        phase = next;
        changes.incrementAndGet();
    }

    void advance() {
        processed.incrementAndGet();
        changes.incrementAndGet();
    }

    ImportReport finish(int rows, int imported, List<RowProblem> problems) {
        List<RowError> errors = RowProblem.in(problems, language);
        report = new ImportReport(id, kind, rows, imported, errors.isEmpty(), errors);
        phase = errors.isEmpty() ? Phase.DONE : Phase.FAILED;
        mark(phase);
        changes.incrementAndGet();
        return report;
    }

    /** Ends an import that stored nothing: the report lists the file's refused cells and the rows' problems. */
    ImportReport refuse(ReadSheet read, List<RowProblem> problems) {
        return finish(read.sheet().rows().size(), 0, RowProblem.merged(read.refusedCells(), problems));
    }

    /** Ends an import whose {@code imported} rows are committed. */
    ImportReport committed(ReadSheet read, int imported) {
        return finish(read.sheet().rows().size(), imported, List.of());
    }

    private synchronized void mark(Phase next) {
        phaseStarts.add(new PhaseStart(next, System.nanoTime()));
    }

    /** The phases this job went through and their durations, e.g. "parsing 1.2 s, validating 2.0 s, writing 5.9 s". */
    synchronized String phaseTimes() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 1 < phaseStarts.size(); i++) {
            double seconds = (phaseStarts.get(i + 1).nanoTime() - phaseStarts.get(i).nanoTime()) / 1e9;
            parts.add(phaseStarts.get(i).phase().name().toLowerCase(Locale.ROOT) + " "
                    + String.format(Locale.ROOT, "%.1f s", seconds));
        }
        return String.join(", ", parts);
    }

    long changes() {
        return changes.get();
    }

    boolean finished() {
        return phase == Phase.DONE || phase == Phase.FAILED;
    }

    ImportProgress progress() {
        return new ImportProgress(id, kind, phase.name(), processed.get(), total, report);
    }
}
