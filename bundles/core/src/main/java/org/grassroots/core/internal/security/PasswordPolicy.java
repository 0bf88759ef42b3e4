package org.grassroots.core.internal.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must satisfy. Each rule has a stable name, returned to the client in the 422 problem so
 * the console can show the rule that failed.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12", "adminadmin12",
            "passwordpassword", "111111111111", "000000000000", "1234567890ab", "abcdefghijkl", "iloveyou1234");

    /** The first violated rule as {@code rule: explanation}, or empty when the password is acceptable. */
    public Optional<String> violation(String username, String password, String currentPassword) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("min-length: at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("max-length: at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("not-username: must not contain the user name");
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("variety: use at least 5 different characters");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("not-common: this password is on the list of the most common ones");
        }
        if (currentPassword != null && currentPassword.equals(password)) {
            return Optional.of("not-reused: must differ from the current password");
        }
        return Optional.empty();
    }
}
