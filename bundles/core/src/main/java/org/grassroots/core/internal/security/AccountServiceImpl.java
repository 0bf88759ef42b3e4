package org.grassroots.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.security.AuthenticationException;
import org.grassroots.core.api.security.Authenticator;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.Role;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.persistence.AccountEntity;
import org.grassroots.core.internal.persistence.RevokedTokenEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.internal.screen.DisplayTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Platform accounts and sign-in. Everything that must hold across nodes (accounts, password hashes, failed
 * attempts, lockouts, revoked tokens, the instant before which an account's tokens are void) is in the database and
 * read on every request: a token signed out or voided on one node is refused by every node at once. The one cache,
 * of verified Basic credentials, is keyed by the stored password hash and re-reads the account, so it never outlives
 * a change made on another node.
 */
@Component(service = { AccountServiceImpl.class, Authenticator.class }, configurationPid = SecurityConfig.PID)
public class AccountServiceImpl implements Authenticator {
    public static final String INITIAL_ADMIN = "admin";
    public static final String INITIAL_PASSWORD_ENV = "GRASSROOTS_INITIAL_ADMIN_PASSWORD";
    static final String TYPE = "account";
    private static final MessageBundle MESSAGES = MessageBundle.of(AccountServiceImpl.class);
    private static final Logger LOG = LoggerFactory.getLogger(AccountServiceImpl.class);
    private static final String WRONG_CREDENTIALS = "Wrong user name or password (after repeated failures each "
            + "further attempt waits a little longer: try again in a minute)";
    /** How long a verified Basic credential spares the slow hash (the account itself is read on every request). */
    private static final Duration CACHE = Duration.ofSeconds(10);
    private static final char[] ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final JpaTemplate jpa;
    private final DisplayTokens displays;
    private final SecurityConfig config;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final TokenCodec tokens;
    private final SignInGuard guard;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> basicVerified = new ConcurrentHashMap<>();
    private volatile String generatedInitialPassword;

    @Activate
    public AccountServiceImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                              @Reference CoreSchema schema, @Reference DisplayTokens displays, SecurityConfig config) {
        this.jpa = jpa;
        this.displays = displays;
        this.config = config;
        this.hasher = new PasswordHasher(config.passwordIterations());
        this.tokens = new TokenCodec(KeyFiles.loadOrCreate(KeyFiles.resolve(config.tokenKeyFile()), 32));
        this.guard = new SignInGuard(jpa, config, UtcTimes.clock());
        createInitialAdministrator();
    }

    // ---- first start ------------------------------------------------------------------------------------

    private void createInitialAdministrator() {
        long accounts = jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class).getSingleResult());
        if (accounts > 0) {
            return;
        }
        String supplied = System.getenv(INITIAL_PASSWORD_ENV);
        if (supplied == null || supplied.isBlank()) {
            supplied = config.initialAdminPassword();
        }
        boolean generated = supplied == null || supplied.isBlank();
        if (!generated && policy.violation(INITIAL_ADMIN, supplied, null).isPresent()) {
            LOG.error("The configured initialAdminPassword breaks the password policy ({}); generating a one-time "
                    + "password instead", policy.violation(INITIAL_ADMIN, supplied, null).get());
            generated = true;
        }
        String password = generated ? oneTimePassword() : supplied;
        try {
            boolean mustChange = generated;
            Actors.as("first-start", () -> {
                jpa.tx(TransactionType.Required, em -> {
                    AccountEntity admin = new AccountEntity(INITIAL_ADMIN, UtcTimes.nowInstant());
                    admin.setDisplayName("系统管理员 Administrator");
                    admin.setRoles(EnumSet.of(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN));
                    admin.setPasswordHash(hasher.hash(password));
                    admin.setMustChangePassword(mustChange);
                    em.persist(admin);
                    Audit.record(em, "CREATE", TYPE, null, INITIAL_ADMIN + " (first start)");
                });
                return null;
            });
        } catch (RuntimeException anotherNodeWasFaster) {
            LOG.info("The first administrator was created by another node");
            return;
        }
        if (generated) {
            generatedInitialPassword = password;
            LOG.warn("Created the first administrator '{}' with the one-time password {} (to be changed at first sign-in)",
                    INITIAL_ADMIN, password);
        } else {
            LOG.info("Created the first administrator '{}' with the configured initial password", INITIAL_ADMIN);
        }
    }

    /** The one-time password generated at this start for the first administrator, if one was. */
    public Optional<String> generatedInitialPassword() {
        return Optional.ofNullable(generatedInitialPassword);
    }

    /** A random one-time password (the first administrator's, a reset's). */
    String oneTimePassword() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(ONE_TIME_ALPHABET[random.nextInt(ONE_TIME_ALPHABET.length)]);
        }
        return out.toString();
    }

    String hash(String password) {
        return hasher.hash(password);
    }

    PasswordPolicy policy() {
        return policy;
    }

    // ---- sign-in ----------------------------------------------------------------------------------------

    public LoginResult login(String username, String password, String address) {
        AccountEntity account = verify(username, password, address);
        // the token carries its issue time in milliseconds (TokenCodec): a session end after it refuses it
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant expires = now.plusSeconds(config.tokenLifetimeSeconds());
        String token = tokens.encode(new TokenCodec.Token(account.getUsername(), UUID.randomUUID().toString(), now, expires));
        audited(account.getUsername(), address, "LOGIN", null);
        return new LoginResult(token, expires, account.isMustChangePassword(), view(account));
    }

    /** Checks a password (with lockout and audit) for sign-ins outside REST, e.g. the Karaf console. */
    public Caller verifyPassword(String username, String password, String address) {
        AccountEntity account = verify(username, password, address);
        audited(account.getUsername(), address, "LOGIN", "Karaf console");
        return caller(account, address);
    }

    /**
     * Checks a password; returns the account. Throttled per address and per account ({@link SignInGuard}); every
     * refusal (unknown name, wrong password, account waiting) answers the same and costs one hash and one audit
     * line, so neither the answer nor its timing tells whether a name exists.
     */
    private AccountEntity verify(String username, String password, String address) {
        guard.checkAddress(address);
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        AccountEntity account = name.length() > 64 ? null
                : jpa.txExpr(TransactionType.Supports, em -> em.find(AccountEntity.class, name));
        Instant now = UtcTimes.nowInstant();
        boolean waiting = account != null && account.getLockedUntil() != null && account.getLockedUntil().isAfter(now);
        if (account == null || waiting) {
            hasher.dummyCheck(password);
            if (account == null) {
                guard.failed(name, address);
            } else {
                guard.accountWaiting(name); // not counted, but the same database round trip as a counted failure
            }
            audited(name, address, "LOGIN_FAILED", waiting ? name + " (waiting after repeated failures)" : null);
            throw new AuthenticationException(WRONG_CREDENTIALS);
        }
        if (!hasher.matches(password, account.getPasswordHash())) {
            guard.failed(name, address);
            audited(name, address, "LOGIN_FAILED", null);
            throw new AuthenticationException(WRONG_CREDENTIALS);
        }
        // check again after the slow hash: parallel failures may have started a delay meanwhile
        if (guard.accountWaiting(name)) {
            audited(name, address, "LOGIN_FAILED", name + " (waiting after repeated failures)");
            throw new AuthenticationException(WRONG_CREDENTIALS);
        }
        guard.succeeded(name, account.getFailedLogins(), account.getLockedUntil());
        return account;
    }

    private void audited(String name, String address, String action, String details) {
        // a made-up name of any length must still fit the audit line
        String username = name.length() > 64 ? name.substring(0, 64) : name;
        Caller who = new Caller(username, username, EnumSet.noneOf(Role.class), null, null, address, false, false);
        Actors.as(who, () -> {
            jpa.tx(TransactionType.RequiresNew, em -> Audit.record(em, action, TYPE, null, details == null ? username : details));
            return null;
        });
    }

    public void logout(String authorization) {
        TokenCodec.Token token = bearer(authorization).flatMap(tokens::decode)
                .orElseThrow(() -> new AuthenticationException("Sign out needs the bearer token of the session"));
        jpa.tx(TransactionType.Required, em -> {
            if (em.find(RevokedTokenEntity.class, token.id()) == null) {
                em.persist(new RevokedTokenEntity(token.id(), token.expiresAt()));
            }
            // expired revocations are no longer needed: the token is refused for its age
            em.createQuery("DELETE FROM RevokedTokenEntity r WHERE r.expiresAt < :now")
                    .setParameter("now", UtcTimes.nowInstant()).executeUpdate();
            Audit.record(em, "LOGOUT", TYPE, null, token.username());
        });
    }

    @Override
    public Caller authenticate(String authorization, String address) {
        if (authorization == null || authorization.isBlank()) {
            throw new AuthenticationException("Sign in first: send Authorization: Bearer <token> from POST /api/auth/login");
        }
        Optional<String> bearer = bearer(authorization);
        AccountEntity account;
        if (bearer.isPresent()) {
            TokenCodec.Token token = tokens.decode(bearer.get())
                    .orElseThrow(() -> new AuthenticationException("The sign-in token is not valid"));
            Instant now = UtcTimes.nowInstant();
            if (!token.expiresAt().isAfter(now)) {
                throw new AuthenticationException("The sign-in token has expired; sign in again");
            }
            // two primary-key reads on one connection, no cache: a sign-out or password change on any node counts at once
            Object[] read = jpa.txExpr(TransactionType.Supports, em -> new Object[] {
                    em.find(RevokedTokenEntity.class, token.id()), em.find(AccountEntity.class, token.username()) });
            if (read[0] != null) {
                throw new AuthenticationException("The sign-in token was revoked (signed out); sign in again");
            }
            account = (AccountEntity) read[1];
            if (account == null || token.issuedAt().isBefore(account.getTokensValidAfter())) {
                throw new AuthenticationException("The sign-in token is no longer valid; sign in again");
            }
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            account = basic(authorization.substring(6).trim(), address);
        } else if (authorization.regionMatches(true, 0, "Display ", 0, 8)) {
            // a big screen: no account, no role, only the screen's figures of its unit (DisplayTokens)
            return displays.caller(authorization.substring(8), address)
                    .orElseThrow(() -> new AuthenticationException("The display token is not valid or was revoked"));
        } else {
            throw new AuthenticationException("Unsupported Authorization scheme: use Bearer or Basic");
        }
        return caller(account, address);
    }

    private AccountEntity basic(String encoded, String address) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationException("Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new AuthenticationException("Malformed Basic credentials");
        }
        String username = decoded.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
        String password = decoded.substring(colon + 1);
        AccountEntity account = jpa.txExpr(TransactionType.Supports, em -> em.find(AccountEntity.class, username));
        // a verified credential is trusted briefly, so scripts do not pay a slow hash on every request; the
        // cache key includes the stored hash, so a password change invalidates it
        String key = account == null ? null : digest(username + "\u0000" + password + "\u0000" + account.getPasswordHash());
        Instant now = UtcTimes.nowInstant();
        if (key != null && basicVerified.getOrDefault(key, Instant.MIN).isAfter(now)
                && (account.getLockedUntil() == null || !account.getLockedUntil().isAfter(now))) {
            return account;
        }
        AccountEntity verified = verify(username, password, address);
        basicVerified.entrySet().removeIf(e -> e.getValue().isBefore(now));
        basicVerified.put(key, now.plus(CACHE));
        return verified;
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).trim());
        }
        return Optional.empty();
    }

    @Override
    public <T, E extends Exception> T callAs(Caller caller, CallerAction<T, E> action) throws E {
        return Actors.call(caller, action);
    }

    private static Caller caller(AccountEntity a, String address) {
        return new Caller(a.getUsername(), a.getDisplayName(), a.roleSet(), a.getOrganizationId(), a.getMemberId(),
                address, a.isMustChangePassword(), false);
    }

    static AccountView view(AccountEntity a) {
        return new AccountView(a.getUsername(), a.getDisplayName(), a.roleSet(), a.getOrganizationId(), a.getMemberId(), Set.of());
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the caller's own account -------------------------------------------------------------------------

    public AccountView me() {
        Caller caller = Actors.caller();
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(AccountEntity.class, caller.username()))
                .map(AccountServiceImpl::view).orElseThrow(() -> new AuthenticationException("No platform account")));
    }

    public void changePassword(String currentPassword, String newPassword) {
        Caller caller = Actors.caller();
        AccountEntity account;
        try {
            account = verify(caller.username(), currentPassword, caller.address());
        } catch (AuthenticationException wrong) {
            // the reader is signed in: a wrong current password is a mistake in the form, not an ended session
            // (the failure still counts towards the sign-in guard's delays and lockout)
            throw ValidationException.of("currentPassword", MESSAGES.message("account.currentPassword.wrong"));
        }
        policy.rule(account.getUsername(), newPassword, currentPassword).ifPresent(rule -> {
            throw ValidationException.of("newPassword", rule);
        });
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity a = em.find(AccountEntity.class, account.getUsername());
            a.setPasswordHash(hasher.hash(newPassword));
            a.setMustChangePassword(false);
            // sessions opened with the old password end (a stolen token must not outlive the change)
            a.setTokensValidAfter(UtcTimes.nowInstant());
            Audit.record(em, "CHANGE_PASSWORD", TYPE, null, a.getUsername());
        });
    }
}
