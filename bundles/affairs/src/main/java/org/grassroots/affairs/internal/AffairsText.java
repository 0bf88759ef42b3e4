package org.grassroots.affairs.internal;

import org.grassroots.core.api.module.ModuleMessages;

/**
 * The module's user-visible messages, by key, from {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Chinese) beside this class, rendered in the caller's language when answered.
 * Every refusal the module answers goes through here.
 */
final class AffairsText {
    static final ModuleMessages TEXT = ModuleMessages.of(AffairsText.class);

    private AffairsText() {
    }

    static FieldErrors errors() {
        return new FieldErrors();
    }
}
