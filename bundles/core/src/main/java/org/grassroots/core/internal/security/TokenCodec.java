package org.grassroots.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless sign-in tokens: {@code base64url(payload).base64url(HMAC-SHA256(payload))} with the payload
 * {@code v2|<username>|<token id>|<issued epoch ms>|<expires epoch s>}. Any node holding the same key file
 * verifies them, so no session state lives on a node.
 * <p>
 * The issue time is in milliseconds because an account's sessions end at a point in time (password changed, sessions
 * ended): with whole seconds, a token issued in the same second as that point either outlived it (a stolen token
 * after a password change) or a sign-in right after it was refused. Tokens of the first format ({@code v1}, issue time
 * in seconds) are still read, so a running platform's sessions survive the upgrade.
 */
public final class TokenCodec {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private final SecretKeySpec key;

    public record Token(String username, String id, Instant issuedAt, Instant expiresAt) {
    }

    public TokenCodec(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String encode(Token token) {
        String payload = String.join("|", "v2", token.username(), token.id(),
                Long.toString(token.issuedAt().toEpochMilli()), Long.toString(token.expiresAt().getEpochSecond()));
        String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODER.encodeToString(sign(body));
    }

    /** The token if the signature is right and it is well formed; expiry is checked by the caller. */
    public Optional<Token> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int dot = text.indexOf('.');
        if (dot <= 0 || dot != text.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            String body = text.substring(0, dot);
            if (!MessageDigest.isEqual(sign(body), DECODER.decode(text.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(body), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 5 || !("v1".equals(parts[0]) || "v2".equals(parts[0]))) {
                return Optional.empty();
            }
            long issued = Long.parseLong(parts[3]);
            return Optional.of(new Token(parts[1], parts[2],
                    "v1".equals(parts[0]) ? Instant.ofEpochSecond(issued) : Instant.ofEpochMilli(issued),
                    Instant.ofEpochSecond(Long.parseLong(parts[4]))));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
