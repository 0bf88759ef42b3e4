package org.grassroots.core.api.notice;

import java.time.Instant;
import java.util.List;

/**
 * A collection task (信息报送) to issue.
 *
 * @param organizationId the asking unit (in the caller's scope)
 * @param title          required, at most 200 characters
 * @param description    what to hand in, at most 4000 characters
 * @param kind           a file or a short form
 * @param fields         for {@link CollectionKind#FORM}: the form's field names (1 to 20, each at most 100)
 * @param dueAt          the deadline; submissions after it still count but are marked late
 * @param unitIds        the units that must submit, each strictly below the asking unit; empty or {@code null}
 *                       means its direct children
 */
public record CollectionDraft(Long organizationId, String title, String description, CollectionKind kind,
                              List<String> fields, Instant dueAt, List<Long> unitIds) {
}
