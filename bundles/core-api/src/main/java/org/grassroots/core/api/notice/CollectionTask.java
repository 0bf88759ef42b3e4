package org.grassroots.core.api.notice;

import java.time.Instant;
import java.util.List;

/**
 * An issued collection task.
 *
 * @param addressed how many units must submit
 * @param submitted how many have submitted
 */
public record CollectionTask(long id, long organizationId, String organizationName, String title, String description,
                             CollectionKind kind, List<String> fields, Instant dueAt, Instant issuedAt,
                             String issuedBy, int addressed, int submitted) {
    public CollectionTask {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
