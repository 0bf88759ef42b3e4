package org.grassroots.core.api;

import java.util.List;

/**
 * Outcome of one import. Imports are all-or-nothing: when {@code errors} is not empty,
 * {@code committed} is false and nothing was stored.
 */
public record ImportReport(String jobId, ImportKind kind, int rows, int imported, boolean committed,
                           List<RowError> errors) {
    public ImportReport {
        errors = List.copyOf(errors);
    }
}
