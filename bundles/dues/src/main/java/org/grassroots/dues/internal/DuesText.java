package org.grassroots.dues.internal;

import org.grassroots.core.api.module.ModuleMessages;

/**
 * The dues module's server messages ({@code messages.properties}, English, and {@code messages_zh.properties},
 * Chinese, beside this class), read in the caller's language, and the refusals every service of the module gives
 * alike. A record type is named by its {@code type.<type>} text ("找不到收缴月份 12", "dues month 12 not found");
 * LabelsTest checks both files have the same keys.
 */
public final class DuesText {
    /** The module's messages and its refusals, read in the caller's language. */
    public static final ModuleMessages TEXT = ModuleMessages.of(DuesText.class);

    private DuesText() {
    }
}
