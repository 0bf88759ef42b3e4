package org.grassroots.education.internal;

import org.grassroots.core.api.module.ModuleMessages;

/**
 * The module's server messages, by key, in {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) beside this class, read through the platform's {@link MessageBundle}: every refusal is rendered in the
 * caller's language. A list argument (e.g. the steps allowed now) is joined in that language too.
 */
final class EducationMessages {
    /** The module's messages and its refusals, read in the caller's language (a list argument reads as a list). */
    static final ModuleMessages TEXT = ModuleMessages.of(EducationMessages.class);

    private EducationMessages() {
    }
}
