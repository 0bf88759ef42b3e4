package org.grassroots.core.api.notice;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Collection tasks (信息报送). Visibility as for {@link Notices}. Issuing needs {@code core.collection.issue},
 * submitting {@code core.collection.submit}; both are audited.
 */
@ProviderType
public interface CollectionTasks {

    CollectionTask issue(CollectionDraft draft);

    /** Tasks the caller sees, newest first. */
    Page<CollectionTask> list(PageRequest page);

    CollectionTask get(long id);

    /** Who has handed in, late or not at all, for the addressed units in the caller's scope. */
    Completion completion(long id);

    /**
     * Hands in for {@code unitId}, which must be addressed and be the caller's own scope unit. A second
     * submission replaces the first (until the asking level closes it, which this version does not offer).
     */
    Submission submit(long id, long unitId, SubmissionDraft draft);
}
