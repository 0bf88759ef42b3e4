package org.grassroots.core.internal.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * What a new password must satisfy. Each rule has a stable name, returned to the client in the 422 problem so
 * the console can show the rule that failed.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12", "adminadmin12",
            "passwordpassword", "111111111111", "000000000000", "1234567890ab", "abcdefghijkl", "iloveyou1234");

    static final MessageBundle MESSAGES = MessageBundle.of(PasswordPolicy.class);

    /** The first violated rule as {@code rule: explanation} (English), or empty when the password is acceptable. */
    public Optional<String> violation(String username, String password, String currentPassword) {
        return rule(username, password, currentPassword).map(Message::english);
    }

    /**
     * The first violated rule in the reader's language: {@code rule: explanation} in English (the console and
     * scripts know the rule names), a plain sentence in Chinese; empty when the password is acceptable.
     */
    public Optional<Message> rule(String username, String password, String currentPassword) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(MESSAGES.message("password.min-length", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(MESSAGES.message("password.max-length", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(MESSAGES.message("password.not-username"));
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of(MESSAGES.message("password.variety"));
        }
        if (COMMON.contains(lower)) {
            return Optional.of(MESSAGES.message("password.not-common"));
        }
        if (currentPassword != null && currentPassword.equals(password)) {
            return Optional.of(MESSAGES.message("password.not-reused"));
        }
        return Optional.empty();
    }
}
