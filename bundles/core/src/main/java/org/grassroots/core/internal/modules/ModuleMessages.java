package org.grassroots.core.internal.modules;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/** The refusals of module installation, enablement and scope checks, in Chinese and English. */
final class ModuleMessages {
    static final MessageBundle MESSAGES = MessageBundle.of(ModuleMessages.class);

    private ModuleMessages() {
    }

    static Message message(String key, Object... args) {
        return MESSAGES.message(key, args);
    }
}
