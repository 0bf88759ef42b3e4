package org.grassroots.core.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Core's rules for personal data (ID and phone numbers and the like), for modules to apply to their own: stored
 * encrypted (AES-256-GCM under the platform's personal-data key, the same as core's member data), shown masked
 * in lists and exports, shown in full only to the roles entitled to it ({@link CorePermissions#SEE_PERSONAL_DATA},
 * for records in their scope) and then audited as a {@code READ_PERSONAL} line. Use it for every such column,
 * so a module cannot store or show one differently from core.
 */
@ProviderType
public interface PersonalDataProtection {
    /** Ciphertext to store ({@code v1:}…); null stays null. */
    String encrypt(String plain);

    /** The plaintext of a stored value; a value stored before encryption (no marker) is returned as it is. */
    String decrypt(String stored);

    /** Whether a stored value is already ciphertext (to encrypt rows written before, once). */
    boolean isEncrypted(String stored);

    /** A stored phone number, decrypted and masked: {@code 139****2222}; null stays null. */
    String maskedPhone(String stored);

    /**
     * Whether the current caller may see personal data in full: holds a role of
     * {@link CorePermissions#SEE_PERSONAL_DATA} (system callers such as the shell do not). Scope is the caller's job.
     */
    boolean mayReveal();

    /**
     * A stored phone number as the current caller may see it on a single record: in full (and audited as
     * {@code READ_PERSONAL} of {@code entityType}/{@code entityId}, in the caller's transaction) when
     * {@link #mayReveal()}, masked otherwise.
     */
    String revealPhone(String stored, String entityType, long entityId);

    /** Whether a value sent back by a client is a masked one (contains {@code *}): "unchanged", not a new value. */
    static boolean isMasked(String value) {
        return value != null && value.indexOf('*') >= 0;
    }
}
