package org.grassroots.core.internal.notify;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/** The refusals of notifications, notices and collection tasks, in Chinese and English. */
final class NotifyMessages {
    static final MessageBundle MESSAGES = MessageBundle.of(NotifyMessages.class);

    private NotifyMessages() {
    }

    static Message message(String key, Object... args) {
        return MESSAGES.message(key, args);
    }
}
