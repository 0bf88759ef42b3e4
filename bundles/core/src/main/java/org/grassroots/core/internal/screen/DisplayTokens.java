package org.grassroots.core.internal.screen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.internal.Scopes;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Display tokens of the big screen (大屏): an administrator makes one for a unit of their subtree and opens the screen
 * with it on the command centre's display, which then needs no sign-in. A token reads that unit's screen figures and
 * nothing else: its caller holds no role, so every endpoint behind a permission refuses it, and only the screen's
 * endpoint accepts it. Only the token's SHA-256 is stored; revoking takes effect on the screen's next refresh.
 */
@Component(service = DisplayTokens.class)
public class DisplayTokens {
    /** The caller name of a screen: {@code display:<token id>} (audit lines and logs show which screen it was). */
    public static final String CALLER_PREFIX = "display:";
    static final String TYPE = "displayToken";
    /** How often the last use is written (a screen refreshes every minute; one write an hour is enough to see it live). */
    private static final Duration USE_STAMP = Duration.ofHours(1);

    private final JpaTemplate jpa;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public DisplayTokens(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** A new token for {@code unitId} (in the caller's scope), answered once with its secret. */
    public Created create(long unitId, String label) {
        ValidationException.Builder errors = ValidationException.builder();
        String name = errors.line("label", label, 100, true);
        errors.throwIfAny();
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = HexFormat.of().formatHex(secret, 0, 6);
        DisplayToken made = jpa.txExpr(TransactionType.Required, em -> {
            OrganizationEntity unit = em.find(OrganizationEntity.class, unitId);
            if (unit == null || !Scopes.visible(em, unit)) {
                throw ValidationException.of("unitId", CoreMessages.message("unit.noId", unitId));
            }
            DisplayTokenEntity entity = new DisplayTokenEntity(id, hash(token), unitId, unit.getPath(), name,
                    Actors.current(), UtcTimes.nowInstant());
            em.persist(entity);
            em.flush();
            Audit.record(em, "CREATE", TYPE, null, id + " for unit " + unit.getCode());
            return entity.toRecord();
        });
        return new Created(made, token);
    }

    /** A token with its secret, answered once. */
    public record Created(DisplayToken token, String secret) {
    }

    /** The tokens of units in the caller's scope, newest first. */
    public List<DisplayToken> list() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            String prefix = Scopes.prefix(em);
            return em.createQuery("SELECT t FROM DisplayTokenEntity t WHERE t.unitPath LIKE :prefix ORDER BY t.createdAt DESC",
                            DisplayTokenEntity.class)
                    .setParameter("prefix", (prefix == null ? "" : prefix) + "%").setMaxResults(500)
                    .getResultStream().map(DisplayTokenEntity::toRecord).toList();
        });
    }

    /** Revokes a token of the caller's scope; a screen showing it asks for a new one at its next refresh. */
    public DisplayToken revoke(String id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            DisplayTokenEntity entity = id == null ? null : em.find(DisplayTokenEntity.class, id);
            if (entity == null || !Scopes.visible(em, entity.unitId())) {
                throw CoreMessages.notFound(TYPE, id);
            }
            if (entity.revokedAt() == null) {
                entity.revoke(UtcTimes.nowInstant());
                Audit.record(em, "REVOKE", TYPE, null, id);
            }
            return entity.toRecord();
        });
    }

    /** The screen's caller for a valid token: no role, scoped to the token's unit. Empty when unknown or revoked. */
    public Optional<Caller> caller(String token, String address) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token.trim());
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT t FROM DisplayTokenEntity t WHERE t.tokenHash = :hash", DisplayTokenEntity.class)
                .setParameter("hash", hash).getResultStream().findFirst()
                .filter(t -> t.revokedAt() == null)
                .map(t -> {
                    Instant now = UtcTimes.nowInstant();
                    if (t.lastUsedAt() == null || t.lastUsedAt().plus(USE_STAMP).isBefore(now)) {
                        t.used(now);
                    }
                    return new Caller(CALLER_PREFIX + t.id(), "大屏 " + t.id(), Set.of(), t.unitId(), null, address,
                            false, false);
                }));
    }

    /** Whether {@code caller} is a screen (a display token's caller). */
    public static boolean isScreen(Caller caller) {
        return caller.username() != null && caller.username().startsWith(CALLER_PREFIX) && caller.roles().isEmpty();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
