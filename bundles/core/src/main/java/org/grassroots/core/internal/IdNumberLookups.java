package org.grassroots.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.persistence.EntityManager;

import org.grassroots.core.api.TooManyRequestsException;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.internal.security.RateLimit;
import org.grassroots.core.internal.security.SecurityConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Everything that tells a caller whether a full ID number belongs to a member — a search by ID number, a
 * duplicate found on create, update or import — is a personal-data read: it is audited, and limited per account
 * ({@code idNumberSearchesPer10Minutes}), so nobody can test guesses at scale. Scope is applied by the callers
 * (searches see only the caller's subtree; conflicts outside it are reported without the record).
 */
@Component(service = IdNumberLookups.class, configurationPid = SecurityConfig.PID)
public class IdNumberLookups {
    static final String SEARCH = "SEARCH_ID_NUMBER";
    static final String DUPLICATE_OUTSIDE_SCOPE = "DUPLICATE_ID_OUTSIDE_SCOPE";
    private static final int MAX_ACCOUNTS = 10_000;

    private final RateLimit limit;

    @Activate
    public IdNumberLookups(SecurityConfig config) {
        this.limit = new RateLimit(config.idNumberSearchesPer10Minutes(), Duration.ofMinutes(10), MAX_ACCOUNTS,
                Clock.systemUTC());
    }

    /** Takes one lookup from the caller's allowance; 429 when it is used up. System callers are not limited. */
    public void charge() {
        Caller caller = Actors.caller();
        if (caller.system()) {
            return;
        }
        limit.acquire(caller.username()).ifPresent(seconds -> {
            throw new TooManyRequestsException("Too many lookups by full ID number; try again in " + seconds
                    + " seconds", seconds);
        });
    }

    /** The audit line of a search by full ID number: who looked, and which member (if any in scope) it found. */
    public void auditSearch(EntityManager em, List<Long> found) {
        Audit.record(em, SEARCH, MemberServiceImpl.TYPE, found.size() == 1 ? found.get(0) : null,
                "search by full ID number: " + found.size() + " found in scope");
    }

    /** The audit line of a duplicate ID number that belongs to members outside the caller's scope. */
    public void auditOutsideScope(EntityManager em, List<Long> memberIds, String where) {
        Audit.record(em, DUPLICATE_OUTSIDE_SCOPE, MemberServiceImpl.TYPE, memberIds.size() == 1 ? memberIds.get(0) : null,
                where + ": ID number(s) already registered outside the caller's scope, members " + memberIds);
    }
}
