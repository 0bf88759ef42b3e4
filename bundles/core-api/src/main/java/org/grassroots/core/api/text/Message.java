package org.grassroots.core.api.text;

import java.util.Locale;
import java.util.Objects;

import org.grassroots.core.api.module.LocalizedText;

/**
 * A text a user reads, rendered in the reader's language when it is shown (a server message is written once,
 * where the failure is found, and read by callers in Chinese or English). Most come from a module's
 * {@link MessageBundle}; {@link #of(String, String)} is for a text used in one place only.
 */
@FunctionalInterface
public interface Message {
    /** This text in {@code locale}; Chinese for every language other than English. */
    String in(Locale locale);

    /** The English text, for logs and {@link Throwable#getMessage()}. */
    default String english() {
        return in(Locale.ENGLISH);
    }

    /** The Chinese text. */
    default String chinese() {
        return in(Languages.ZH_CN);
    }

    static Message of(String zhCN, String en) {
        Objects.requireNonNull(zhCN, "zhCN");
        Objects.requireNonNull(en, "en");
        return locale -> Languages.isEnglish(locale) ? en : zhCN;
    }

    static Message of(LocalizedText text) {
        return of(text.zhCN(), text.en());
    }

    /** A text that reads the same in every language: a name, a code, a number. */
    static Message plain(String text) {
        Objects.requireNonNull(text, "text");
        return locale -> text;
    }
}
