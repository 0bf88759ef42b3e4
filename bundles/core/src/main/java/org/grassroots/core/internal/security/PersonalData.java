package org.grassroots.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.grassroots.core.api.IdNumbers;

/**
 * Encryption at rest of ID and phone numbers (AES-256-GCM, a random 96-bit nonce per value) and the blind index
 * of ID numbers (HMAC-SHA256 of the normalized number under a second key): equality search and uniqueness work
 * on the index, display on the decrypted value. Both keys come from one key file outside the database.
 */
public final class PersonalData {
    /** Marks ciphertext, so plaintext left from before encryption is recognized. */
    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();
    /*
     * One Cipher and one keyed Mac per thread: looking them up through the JCA providers on every value was about
     * half of this class's share of an import (JFR, bench import.members_30k); neither is thread-safe, both are
     * initialised afresh for each value (a new nonce per encryption), and they hold only JDK classes and the key.
     */
    private final ThreadLocal<Cipher> ciphers;
    private final ThreadLocal<Mac> macs;

    /** @param key 64 bytes: the first 32 encrypt, the last 32 index */
    public PersonalData(byte[] key) {
        if (key.length < 64) {
            throw new IllegalArgumentException("the personal-data key needs 64 bytes");
        }
        this.encryptionKey = new SecretKeySpec(Arrays.copyOfRange(key, 0, 32), "AES");
        this.indexKey = new SecretKeySpec(Arrays.copyOfRange(key, 32, 64), "HmacSHA256");
        this.ciphers = ThreadLocal.withInitial(() -> newInstance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
        this.macs = ThreadLocal.withInitial(() -> newInstance(() -> {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return mac;
        }));
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    /** The plaintext of a value from {@link #encrypt}; a value without the marker is returned as it is. */
    public String decrypt(String stored) {
        if (stored == null || !isEncrypted(stored)) {
            return stored;
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt personal data: is this the key the data was written with?", e);
        }
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The blind index of an ID number: hex HMAC-SHA256 of its normalized form. */
    public String index(String idNumber) {
        return hmac("", IdNumbers.normalize(idNumber));
    }

    /**
     * The blind index of an ID number's last four characters (a secretary asks "尾号 1234"); the input is the whole
     * number or just the four characters. Null when there are fewer than four.
     */
    public String suffixIndex(String idNumber) {
        String normalized = idNumber == null ? "" : IdNumbers.normalize(idNumber);
        return normalized.length() < SUFFIX_LENGTH ? null
                : hmac("suffix:", normalized.substring(normalized.length() - SUFFIX_LENGTH));
    }

    /** The blind index of a phone number's digits (spaces, dashes and a +86 prefix do not count); null without one. */
    public String phoneIndex(String phone) {
        String digits = phoneDigits(phone);
        return digits.isEmpty() ? null : hmac("phone:", digits);
    }

    /** A phone number's digits without the country code 86 of an 11-digit mobile number written as +86 or 0086. */
    public static String phoneDigits(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (digits.length() == 13 && digits.startsWith("86") || digits.length() == 15 && digits.startsWith("0086")) {
            digits = digits.substring(digits.length() - 11);
        }
        return digits;
    }

    /** Characters of the ID number's tail that the suffix index covers. */
    public static final int SUFFIX_LENGTH = 4;

    // the domain keeps the three indexes apart: a suffix's index never equals some whole number's
    private String hmac(String domain, String value) {
        // doFinal leaves the Mac reset, keyed as before
        return HexFormat.of().formatHex(macs.get().doFinal((domain + value).getBytes(StandardCharsets.UTF_8)));
    }

    private interface JcaLookup<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T newInstance(JcaLookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM or HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
