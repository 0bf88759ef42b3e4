package org.grassroots.core.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.grassroots.security.cfg}. */
@ObjectClassDefinition(name = "grassroots security",
        description = "Accounts, sign-in tokens and personal-data keys")
public @interface SecurityConfig {
    String PID = "org.grassroots.security";

    @AttributeDefinition(description = "Password of the first administrator 'admin', used only when the database "
            + "has no account yet. Empty: a one-time password is generated and printed once to the console and log. "
            + "The environment variable GRASSROOTS_INITIAL_ADMIN_PASSWORD takes precedence.")
    String initialAdminPassword() default "";

    @AttributeDefinition(description = "Lifetime of a sign-in token in seconds (default 8 hours)")
    long tokenLifetimeSeconds() default 8 * 3600;

    @AttributeDefinition(description = "Failed sign-ins in a row after which each further attempt on the account "
            + "waits a delay that doubles per failure (1 s, 2 s, 4 s …, at most lockoutMinutes)")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "Longest sign-in delay of an account or a client address, in minutes")
    int lockoutMinutes() default 15;

    @AttributeDefinition(description = "Failed sign-ins from one client address (any user names) within lockoutMinutes "
            + "after which the address waits a doubling delay (429) before its next attempt")
    int maxFailedLoginsPerAddress() default 20;

    @AttributeDefinition(description = "Searches by a full ID number one account may make per 10 minutes (each is an "
            + "audited personal-data read); more answer 429")
    int idNumberSearchesPer10Minutes() default 60;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes (OWASP 2023: 600,000; "
            + "at least 210,000)")
    int passwordIterations() default 210_000;

    @AttributeDefinition(description = "File with the HMAC key that signs sign-in tokens; copy it to every node. "
            + "Relative paths resolve against ${karaf.etc}")
    String tokenKeyFile() default "security/token-signing.key";

    @AttributeDefinition(description = "File with the keys that encrypt ID and phone numbers at rest and index ID "
            + "numbers; copy it to every node and back it up: without it the data cannot be read. Relative paths "
            + "resolve against ${karaf.etc}")
    String personalDataKeyFile() default "security/personal-data.key";
}
