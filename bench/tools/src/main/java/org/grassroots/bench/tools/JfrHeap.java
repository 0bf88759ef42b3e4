package org.grassroots.bench.tools;

import java.io.IOException;
import java.nio.file.Path;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordingFile;

/**
 * The peak of a JFR recording's heap: the largest {@code heapUsed} of its {@code jdk.GCHeapSummary} events (written
 * before and after every collection; the used heap only falls in a collection, so its largest value before one is the
 * recording's peak), the largest {@code heapUsed} right after a collection (what the work still held: the peak
 * itself depends on how long the collector let garbage pile up) and the largest committed heap. Prints
 * {@code peak_used_mib=.. peak_after_gc_mib=.. peak_committed_mib=.. gcs=..}.
 * Usage: {@code JfrHeap <file.jfr>}.
 */
public final class JfrHeap {
    private JfrHeap() {
    }

    public static void main(String[] args) throws IOException {
        long used = 0;
        long afterGc = 0;
        long committed = 0;
        int gcs = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.GCHeapSummary")) {
                    continue;
                }
                used = Math.max(used, e.getLong("heapUsed"));
                RecordedObject space = e.getValue("heapSpace");
                committed = Math.max(committed, space.getLong("committedSize"));
                if ("Before GC".equals(e.getString("when"))) {
                    gcs++;
                } else {
                    afterGc = Math.max(afterGc, e.getLong("heapUsed"));
                }
            }
        }
        System.out.printf("peak_used_mib=%.1f peak_after_gc_mib=%.1f peak_committed_mib=%.1f gcs=%d%n", used / 1048576.0,
                afterGc / 1048576.0, committed / 1048576.0, gcs);
    }
}
