package org.grassroots.community.internal;

import org.grassroots.core.api.module.ModuleMessages;

/**
 * The happy-home module's server messages ({@code messages.properties}, English, and {@code messages_zh.properties},
 * Chinese, beside this class), read in the caller's language; and the refusals every service gives alike. A record
 * type is named by its {@code type.<type>} text ("找不到服务时长记录 12", "service hours 12 not found").
 */
public final class CommunityMessages {
    /** The module's messages and its refusals, read in the caller's language. */
    public static final ModuleMessages TEXT = ModuleMessages.of(CommunityMessages.class);

    private CommunityMessages() {
    }
}
