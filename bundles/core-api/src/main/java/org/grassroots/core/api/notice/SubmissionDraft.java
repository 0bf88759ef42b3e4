package org.grassroots.core.api.notice;

import java.util.Map;

/**
 * What a unit hands in: the id of a file uploaded for the task ({@link CollectionKind#FILE}), or a value for
 * every field of the form ({@link CollectionKind#FORM}, each at most 1000 characters).
 */
public record SubmissionDraft(Long attachmentId, Map<String, String> values) {
}
