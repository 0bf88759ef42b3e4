package org.grassroots.affairs.internal.terms;

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleMessages;

/**
 * The messages of committee terms (换届), from {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) beside this class: kept apart from the module's other messages so that the terms can grow without
 * touching them. Every refusal of this package goes through here, in the caller's language.
 */
final class TermsText {
    static final ModuleMessages TEXT = ModuleMessages.of(TermsText.class);

    private TermsText() {
    }

    /** Adds one refused field, its reason from this package's messages. */
    static void add(ValidationException.Builder errors, String field, String key, Object... args) {
        errors.add(field, TEXT.message(key, args));
    }
}
