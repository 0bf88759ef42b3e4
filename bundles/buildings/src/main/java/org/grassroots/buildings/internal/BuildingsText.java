package org.grassroots.buildings.internal;

import org.grassroots.core.api.module.ModuleMessages;

/**
 * The module's server messages ({@code messages.properties}, English, and {@code messages_zh.properties}, Chinese,
 * beside this class), read in the caller's language, and the refusals every service of the module gives alike. A
 * record type is named by its {@code type.<type>} text ("找不到楼宇 12"); LabelsTest checks both files are complete.
 */
public final class BuildingsText {
    /** The module's messages and its refusals, read in the caller's language. */
    public static final ModuleMessages TEXT = ModuleMessages.of(BuildingsText.class);

    private BuildingsText() {
    }
}
