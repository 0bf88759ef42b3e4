package org.grassroots.core.api.notice;

import java.util.List;

/** The asking level's view of a collection task: counts and every addressed unit in the caller's scope. */
public record Completion(CollectionTask task, int addressed, int submitted, int late, int pending,
                         List<Submission> units) {
}
