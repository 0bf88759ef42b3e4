package org.grassroots.core.api;

/**
 * Where a running import is. {@code phase} is one of {@code QUEUED, PARSING, VALIDATING, WRITING, DONE, FAILED};
 * {@code report} is set once the job is DONE or FAILED.
 */
public record ImportProgress(String jobId, ImportKind kind, String phase, int processedRows, int totalRows,
                             ImportReport report) {
}
