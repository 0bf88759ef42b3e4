package org.grassroots.affairs.internal.assessment;

import org.grassroots.core.api.module.ModuleMessages;

/**
 * The messages of the assessment pages (述职评议, 分类定等, 上讲台), from {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Chinese) beside this class: kept apart from the module's other messages so that
 * the two can change without touching each other.
 */
final class AssessmentText {
    static final ModuleMessages TEXT = ModuleMessages.of(AssessmentText.class);

    private AssessmentText() {
    }
}
