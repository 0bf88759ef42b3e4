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

    /**
     * A registry reason in both languages, Chinese first ("中文 / English"): the registry's reasons are plain strings
     * (ModuleInfo.reason), read by callers of either language, in the console and in the shell alike.
     */
    static String inBoth(String key, Object... args) {
        return inBoth(MESSAGES.message(key, args));
    }

    /** A message in both languages, or once when it reads the same in both (a name, a library's English text). */
    static String inBoth(Message message) {
        return message.chinese().equals(message.english()) ? message.english()
                : message.chinese() + " / " + message.english();
    }
}
