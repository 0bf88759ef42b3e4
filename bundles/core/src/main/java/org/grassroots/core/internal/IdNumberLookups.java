package org.grassroots.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.TooManyRequestsException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.internal.security.PersonalData;
import org.grassroots.core.internal.security.RateLimit;
import org.grassroots.core.internal.security.SecurityConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Everything that tells a caller whether a full ID number belongs to a member — a search by ID number (or by its
 * last four characters, or by phone, which narrow a search as much), a
 * duplicate found on create, update or import — is a personal-data read: it is audited, and limited per account
 * ({@code idNumberSearchesPer10Minutes}), so nobody can test guesses at scale. Scope is applied by the callers
 * (searches see only the caller's subtree; conflicts outside it are reported without the record).
 */
@Component(service = IdNumberLookups.class, configurationPid = SecurityConfig.PID)
public class IdNumberLookups {
    static final String SEARCH = "SEARCH_ID_NUMBER";
    static final String SEARCH_SUFFIX = "SEARCH_ID_SUFFIX";
    static final String SEARCH_PHONE = "SEARCH_PHONE";
    static final String DUPLICATE_OUTSIDE_SCOPE = "DUPLICATE_ID_OUTSIDE_SCOPE";
    private static final int MAX_ACCOUNTS = 10_000;

    private final RateLimit limit;
    private final JpaTemplate jpa;

    @Activate
    public IdNumberLookups(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                           SecurityConfig config) {
        this.jpa = jpa;
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
            throw new TooManyRequestsException(CoreMessages.message("idNumber.tooManyLookups", seconds), seconds);
        });
    }

    /** Longer than any phone number written with spaces, dashes and a country code: anything longer is not one. */
    static final int PHONE_MAX_CHARACTERS = 30;

    /**
     * Which personal-data lookups a search is ({@link #SEARCH}, {@link #SEARCH_SUFFIX}, {@link #SEARCH_PHONE}; empty
     * for a search by name and filters only); refuses (422) a suffix that is not four ID characters and a phone
     * number that is not 7 to 15 digits in at most {@value #PHONE_MAX_CHARACTERS} characters, so that no lookup is
     * charged for a typo.
     */
    public List<String> kinds(MemberQuery query) {
        ValidationException.Builder errors = ValidationException.builder();
        List<String> kinds = new java.util.ArrayList<>();
        if (given(query.idNumber())) {
            kinds.add(SEARCH);
        }
        if (given(query.idNumberSuffix())) {
            if (!query.idNumberSuffix().strip().matches("[0-9]{3}[0-9Xx]|[0-9]{4}")) {
                errors.add("idNumberSuffix", CoreMessages.message("search.idNumberSuffix"));
            }
            kinds.add(SEARCH_SUFFIX);
        }
        if (given(query.phone())) {
            int digits = PersonalData.phoneDigits(query.phone()).length();
            if (query.phone().strip().length() > PHONE_MAX_CHARACTERS || digits < 7 || digits > 15) {
                errors.add("phone", CoreMessages.message("search.phone"));
            }
            kinds.add(SEARCH_PHONE);
        }
        errors.throwIfAny();
        return List.copyOf(kinds);
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The audit lines of a search by ID number, its suffix or phone, one per kind of personal data it was given: who
     * looked, by what, and which member (if one) it found.
     */
    public void auditSearch(EntityManager em, List<String> kinds, List<Long> found) {
        for (String kind : kinds) {
            String by = switch (kind) {
                case SEARCH_SUFFIX -> "the last four characters of the ID number";
                case SEARCH_PHONE -> "phone number";
                default -> "full ID number";
            };
            Audit.record(em, kind, MemberServiceImpl.TYPE, found.size() == 1 ? found.get(0) : null,
                    "search by " + by + (kinds.size() > 1 ? " (with " + (kinds.size() - 1) + " other personal-data criteria)" : "")
                            + ": " + found.size() + " found in scope");
        }
    }

    /**
     * Refuses a duplicate ID number (422 on {@code idNumber}). A conflict with a member outside the caller's scope
     * says no more than "already registered", is charged to the caller's allowance and is audited in its own
     * transaction (the refused write rolls back).
     */
    public ValidationException duplicate(boolean inScope, long otherMember, String where) {
        if (!inScope) {
            charge();
            outsideScope(List.of(otherMember), where);
        }
        return ValidationException.of("idNumber", CoreMessages.message("idNumber.taken"));
    }

    /**
     * Audits, in a transaction of its own, ID numbers already registered to members outside the caller's scope.
     * Call it outside the caller's transaction: inside one, the nested transaction shares its entity manager and
     * the line would roll back with the refused write.
     */
    public void outsideScope(List<Long> memberIds, String where) {
        jpa.tx(TransactionType.RequiresNew, em -> auditOutsideScope(em, memberIds, where));
    }

    private void auditOutsideScope(EntityManager em, List<Long> memberIds, String where) {
        Audit.record(em, DUPLICATE_OUTSIDE_SCOPE, MemberServiceImpl.TYPE, memberIds.size() == 1 ? memberIds.get(0) : null,
                where + ": ID number(s) already registered outside the caller's scope, members " + memberIds);
    }
}
