package org.grassroots.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.TooManyRequestsException;

/**
 * Keeps password guessing slow without giving anyone a switch to lock others out:
 * <ul>
 * <li>per client address (memory of this node): after {@code maxFailedLoginsPerAddress} failures within the
 * lockout window, the address waits 1, 2, 4 … seconds (at most {@code lockoutMinutes}) before its next attempt
 * is looked at: 429 with {@code Retry-After}. Other addresses, including the account's real owner, go on;</li>
 * <li>per account (database, shared by every node): failures are counted with one atomic {@code UPDATE}, so
 * parallel guesses all count; after {@code maxFailedLogins} in a row, each further attempt must wait a delay that
 * doubles per counted failure (at most {@code lockoutMinutes}). Attempts inside the delay are not checked and not
 * counted, and answer exactly like a wrong password, so an unknown name and a delayed account look the same.</li>
 * </ul>
 */
final class SignInGuard {
    private static final int MAX_ADDRESSES = 100_000;

    private final JpaTemplate jpa;
    private final int maxFailedLogins;
    private final Duration maxDelay;
    private final Clock clock;
    private final ProgressiveDelay addresses;

    SignInGuard(JpaTemplate jpa, SecurityConfig config, Clock clock) {
        this.jpa = jpa;
        this.maxFailedLogins = Math.max(1, config.maxFailedLogins());
        this.maxDelay = Duration.ofMinutes(Math.max(1, config.lockoutMinutes()));
        this.clock = clock;
        this.addresses = new ProgressiveDelay(config.maxFailedLoginsPerAddress(), maxDelay, maxDelay, MAX_ADDRESSES, clock);
    }

    /** Refuses (429) an address that is waiting after too many failures; checked before any hashing. */
    void checkAddress(String address) {
        addresses.waitFor(key(address)).ifPresent(wait -> {
            throw new TooManyRequestsException(PasswordPolicy.MESSAGES.message("signIn.tooManyFailures",
                    Math.max(1, wait.toSeconds())), wait.toSeconds() + 1);
        });
    }

    /** Whether the account must still wait before an attempt is checked; reads the database, not a cache. */
    boolean accountWaiting(String username) {
        Instant until = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT a.lockedUntil FROM AccountEntity a WHERE a.username = :u", Instant.class)
                .setParameter("u", username).getResultList().stream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(null));
        return until != null && until.isAfter(clock.instant());
    }

    /**
     * Counts a failure of the address and, atomically, of the account. For an unknown name the same statements
     * run and match no row, so the answer takes as long as for an existing account.
     */
    void failed(String name, String address) {
        addresses.failed(key(address));
        String username = name.length() > 64 ? "" : name; // longer than the column: no account, and no cast error
        jpa.tx(TransactionType.RequiresNew, em -> {
            em.createQuery("UPDATE AccountEntity a SET a.failedLogins = a.failedLogins + 1 WHERE a.username = :u")
                    .setParameter("u", username).executeUpdate();
            // the row stays write-locked until commit: this read sees our increment and no one else's half-done one
            List<Integer> counted = em.createQuery("SELECT a.failedLogins FROM AccountEntity a WHERE a.username = :u",
                    Integer.class).setParameter("u", username).getResultList();
            int failures = counted.isEmpty() ? 0 : counted.get(0);
            if (!counted.isEmpty() && failures >= maxFailedLogins) {
                Instant until = clock.instant().plus(delay(failures - maxFailedLogins));
                em.createQuery("UPDATE AccountEntity a SET a.lockedUntil = :until WHERE a.username = :u")
                        .setParameter("until", until).setParameter("u", username).executeUpdate();
            }
        });
    }

    /** After a right password: clears the account's count unless a parallel failure started a delay meanwhile. */
    void succeeded(String username, int failedLoginsSeen, Instant lockedUntilSeen) {
        if (failedLoginsSeen == 0 && lockedUntilSeen == null) {
            return;
        }
        jpa.tx(TransactionType.Required, em -> em.createQuery("UPDATE AccountEntity a SET a.failedLogins = 0, "
                + "a.lockedUntil = NULL WHERE a.username = :u AND (a.lockedUntil IS NULL OR a.lockedUntil <= :now)")
                .setParameter("u", username).setParameter("now", clock.instant()).executeUpdate());
    }

    Duration delay(int beyond) {
        Duration delay = Duration.ofSeconds(1L << Math.min(beyond, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
