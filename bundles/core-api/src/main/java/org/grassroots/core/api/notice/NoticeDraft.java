package org.grassroots.core.api.notice;

import java.util.List;

/**
 * A notice to issue.
 *
 * @param organizationId the issuing unit (in the caller's scope)
 * @param title          required, at most 200 characters
 * @param body           the text, at most 8000 characters
 * @param unitIds        the units that must sign, each strictly below the issuing unit; empty or {@code null}
 *                       means the issuing unit's direct children
 */
public record NoticeDraft(Long organizationId, String title, String body, List<Long> unitIds) {
}
