package org.grassroots.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityPrimitivesTest {

    @Test
    void passwordHashesAreSaltedSlowAndVerifiable() {
        PasswordHasher hasher = new PasswordHasher(210_000);
        String first = hasher.hash("Correct-Horse-42");
        String second = hasher.hash("Correct-Horse-42");
        assertNotEquals(first, second, "a fresh salt per hash");
        assertTrue(first.startsWith("pbkdf2-sha256$210000$"));
        assertTrue(hasher.matches("Correct-Horse-42", first));
        assertFalse(hasher.matches("correct-horse-42", first));
        assertFalse(hasher.matches("Correct-Horse-42", "garbage"));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1000));
    }

    @Test
    void thePasswordPolicyNamesTheRuleThatFailed() {
        PasswordPolicy policy = new PasswordPolicy();
        assertTrue(policy.violation("zhang", "short", null).get().startsWith("min-length"));
        assertTrue(policy.violation("zhangwei", "my-zhangwei-pass", null).get().startsWith("not-username"));
        assertTrue(policy.violation("li", "aaaaaaaaaaaa", null).get().startsWith("variety"));
        assertTrue(policy.violation("li", "Password1234", null).get().startsWith("not-common"));
        assertTrue(policy.violation("li", "Same-Password-1", "Same-Password-1").get().startsWith("not-reused"));
        assertTrue(policy.violation("li", "A-good-Passw0rd", "old").isEmpty());
    }

    @Test
    void tokensVerifyOnlyWithTheirKeyAndUntampered() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        TokenCodec codec = new TokenCodec(key);
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String token = codec.encode(new TokenCodec.Token("admin", "abc", now, now.plusSeconds(60)));
        TokenCodec.Token decoded = codec.decode(token).orElseThrow();
        assertEquals("admin", decoded.username());
        assertEquals(now.plusSeconds(60), decoded.expiresAt());
        byte[] otherKey = Arrays.copyOf(key, key.length);
        otherKey[0] ^= 1;
        assertTrue(new TokenCodec(otherKey).decode(token).isEmpty(), "another node's key does not verify it");
        String tampered = Character.toString(token.charAt(0) == 'a' ? 'b' : 'a') + token.substring(1);
        assertTrue(codec.decode(tampered).isEmpty());
        assertTrue(codec.decode("no-dot").isEmpty());
        assertTrue(codec.decode(null).isEmpty());
    }

    @Test
    void aTokensIssueTimeKeepsItsMillisecondsAndFirstFormatTokensStillVerify() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        TokenCodec codec = new TokenCodec(key);
        Instant issued = Instant.ofEpochMilli(1_800_000_000_123L);
        TokenCodec.Token decoded = codec.decode(codec.encode(
                new TokenCodec.Token("admin", "abc", issued, issued.plusSeconds(60)))).orElseThrow();
        assertEquals(issued, decoded.issuedAt(), "a session end 1 ms after the sign-in must be able to tell");

        // a token a node issued before the upgrade: issue time in whole seconds
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String body = base64.encodeToString("v1|admin|old|1800000000|1800000060".getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String v1 = body + "." + base64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        TokenCodec.Token old = codec.decode(v1).orElseThrow();
        assertEquals(Instant.ofEpochSecond(1_800_000_000L), old.issuedAt());
        assertEquals("old", old.id());
    }

    @Test
    void personalDataGivesTheSameAnswersFromManyThreadsAtOnce() throws Exception {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        PersonalData data = new PersonalData(key);
        String expectedIndex = data.index("34052419800101001X");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        String phone = "138" + String.format("%08d", thread * 1000 + i);
                        String sealed = data.encrypt(phone);
                        if (!phone.equals(data.decrypt(sealed)) || !expectedIndex.equals(data.index("34052419800101001X"))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(60, TimeUnit.SECONDS), "each thread's cipher and mac stay its own");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void personalDataIsEncryptedRandomizedAndIndexedDeterministically() {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        PersonalData data = new PersonalData(key);
        String first = data.encrypt("34052419800101001X");
        String second = data.encrypt("34052419800101001X");
        assertNotEquals(first, second, "a fresh nonce per value");
        assertFalse(first.contains("340524"));
        assertEquals("34052419800101001X", data.decrypt(first));
        assertEquals("plain left from before", data.decrypt("plain left from before"));
        assertEquals(data.index("34052419800101001x"), data.index("34052419800101001X"), "the index normalizes");
        assertNotEquals(data.index("11010519491231002X"), data.index("34052419800101001X"));
        byte[] otherKey = key.clone();
        otherKey[3] ^= 1;
        assertThrows(IllegalStateException.class, () -> new PersonalData(otherKey).decrypt(first));
    }

    @Test
    void suffixAndPhoneIndexesMatchWhatPeopleSayAndStayApartFromTheFullNumber() {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        PersonalData data = new PersonalData(key);
        assertEquals(data.suffixIndex("34052419800101001X"), data.suffixIndex("001x"), "the tail alone, any case");
        assertNotEquals(data.suffixIndex("34052419800101001X"), data.suffixIndex("11010519491231002X"));
        assertNotEquals(data.index("001X"), data.suffixIndex("001X"), "a suffix's index is not some number's");
        assertNull(data.suffixIndex("12"));
        assertEquals(data.phoneIndex("13800138000"), data.phoneIndex("+86 138-0013-8000"));
        assertEquals(data.phoneIndex("13800138000"), data.phoneIndex("0086 13800138000"));
        assertNotEquals(data.phoneIndex("13800138000"), data.phoneIndex("13800138001"));
        assertNull(data.phoneIndex("  "));
        assertEquals("053188886666", PersonalData.phoneDigits("0531-8888 6666"));
    }

    @Test
    void keyFilesAreCreatedOnceAndReadableByTheOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("security/test.key");
        byte[] created = KeyFiles.loadOrCreate(file, 64);
        assertEquals(64, created.length);
        assertTrue(Arrays.equals(created, KeyFiles.loadOrCreate(file, 64)), "the same key on the next start");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
