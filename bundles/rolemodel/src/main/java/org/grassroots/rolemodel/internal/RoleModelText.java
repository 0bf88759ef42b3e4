package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.ModuleMessages;

/**
 * The module's server messages ({@code messages.properties}, English, and {@code messages_zh.properties}, Chinese,
 * beside this class), read in the caller's language, and the refusals every service of the module gives alike
 * (LabelsTest checks both files have the same keys). A record type is named by its {@code type.<type>} text.
 */
public final class RoleModelText {
    /** The module's messages and its refusals, read in the caller's language. */
    public static final ModuleMessages TEXT = ModuleMessages.of(RoleModelText.class);

    private RoleModelText() {
    }
}
