package org.grassroots.position.internal;

import org.grassroots.core.api.module.ModuleMessages;

/**
 * The module's server messages ({@code messages.properties}, English, and {@code messages_zh.properties}, Chinese,
 * beside this class), read in the caller's language, and the refusals every service of the module gives alike. Text
 * and number fields are checked by {@code ValidationException.Builder} (line, note, number, whole, date).
 */
public final class PosText {
    /** The module's messages and its refusals. */
    public static final ModuleMessages TEXT = ModuleMessages.of(PosText.class);

    private PosText() {
    }
}
