package org.grassroots.rural.internal;

import org.grassroots.core.api.module.ModuleMessages;

/**
 * Rural's server messages ({@code messages.properties}, English, and {@code messages_zh.properties}, Chinese,
 * beside this class), read in the caller's language; and the refusals every service of the module gives alike.
 * A record type is named by its {@code type.<type>} text ("找不到结对 12", "pairing 12 not found").
 */
public final class RuralMessages {
    /** The module's messages and its refusals, read in the caller's language. */
    public static final ModuleMessages TEXT = ModuleMessages.of(RuralMessages.class);

    private RuralMessages() {
    }
}
