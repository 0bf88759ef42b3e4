package org.grassroots.core.internal.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.core.api.security.Role;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.internal.Scopes;
import org.grassroots.core.internal.persistence.AccountEntity;
import org.grassroots.core.internal.persistence.MemberEntity;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Managing other people's accounts: list and read them within the caller's scope, create, change, lock, unlock,
 * reset a password, end an account's sessions, remove. An administrator grants only the roles at or below their own
 * ({@link GrantableRoles}) and only within their subtree; an account holding a role the caller cannot grant is
 * left alone (403). Sign-in and the caller's own account are {@link AccountServiceImpl}'s.
 */
@Component(service = AccountAdministration.class)
public class AccountAdministration {
    static final String TYPE = AccountServiceImpl.TYPE;
    private static final MessageBundle MESSAGES = MessageBundle.of(AccountServiceImpl.class);
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** A lock set by an administrator lasts until it is lifted (the sign-in guard's own locks expire). */
    private static final Instant LOCKED_BY_ADMINISTRATOR = Instant.parse("9999-12-31T00:00:00Z");

    private final JpaTemplate jpa;
    private final AccountServiceImpl accounts;

    @Activate
    public AccountAdministration(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                                 @Reference AccountServiceImpl accounts) {
        this.jpa = jpa;
        this.accounts = accounts;
    }

    public List<AccountDetails> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT a FROM AccountEntity a ORDER BY a.username", AccountEntity.class).getResultList().stream()
                .filter(a -> a.getOrganizationId() == null ? Actors.caller().unrestricted()
                        : Scopes.visible(em, a.getOrganizationId()))
                .map(AccountAdministration::details).toList());
    }

    public AccountDetails get(String username) {
        return jpa.txExpr(TransactionType.Supports, em -> details(existing(em, username)));
    }

    private static AccountEntity existing(EntityManager em, String username) {
        AccountEntity account = username == null ? null : em.find(AccountEntity.class, username);
        boolean visible = account != null && (account.getOrganizationId() == null ? Actors.caller().unrestricted()
                : Scopes.visible(em, account.getOrganizationId()));
        if (!visible) {
            throw CoreMessages.notFound(TYPE, username);
        }
        return account;
    }

    public AccountDetails create(AccountDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        if (draft.username() == null || !USERNAME.matcher(draft.username()).matches()) {
            errors.add("username", MESSAGES.message("account.username.invalid"));
        }
        if (draft.password() == null) {
            errors.add("password", MESSAGES.message("account.password.required"));
        } else {
            accounts.policy().rule(draft.username(), draft.password(), null)
                    .ifPresent(rule -> errors.add("password", rule));
        }
        requireGrantable(draft.roles());
        return jpa.txExpr(TransactionType.Required, em -> {
            Long organizationId = checkAssignment(em, draft, errors);
            errors.throwIfAny();
            if (em.find(AccountEntity.class, draft.username()) != null) {
                throw new ConflictException(MESSAGES.message("account.taken", draft.username()));
            }
            personalDataGrant(em, draft.username(), EnumSet.noneOf(Role.class), draft.roles());
            AccountEntity account = new AccountEntity(draft.username(), UtcTimes.nowInstant());
            account.setDisplayName(draft.displayName().trim());
            account.setRoles(EnumSet.copyOf(draft.roles()));
            account.setOrganizationId(organizationId);
            account.setMemberId(draft.memberId());
            account.setPasswordHash(accounts.hash(draft.password()));
            account.setMustChangePassword(true);
            em.persist(account);
            em.flush();
            Audit.record(em, "CREATE", TYPE, null, account.getUsername(), List.of(
                    new FieldChange("roles", null, String.valueOf(account.roleSet())),
                    new FieldChange("organizationId", null, String.valueOf(organizationId))));
            return details(account);
        });
    }

    /** Validates display name, roles, scope unit and member; returns the scope unit to store. */
    private static Long checkAssignment(EntityManager em, AccountDraft draft, ValidationException.Builder errors) {
        if (draft.displayName() == null || draft.displayName().isBlank() || draft.displayName().length() > 100) {
            errors.add("displayName", MESSAGES.message("account.displayName.invalid", 100));
        }
        if (draft.roles() == null || draft.roles().isEmpty()) {
            errors.add("roles", MESSAGES.message("account.roles.required"));
            return draft.organizationId();
        }
        Long organizationId = draft.organizationId();
        if (draft.memberId() != null) {
            MemberEntity member = em.find(MemberEntity.class, draft.memberId());
            if (member == null || !Scopes.visible(em, member.getOrganizationId())) {
                errors.add("memberId", MESSAGES.message("account.member.unknown", draft.memberId()));
            } else if (organizationId == null && draft.roles().equals(EnumSet.of(Role.MEMBER))) {
                organizationId = member.getOrganizationId();
            }
        } else if (draft.roles().contains(Role.MEMBER)) {
            errors.add("memberId", MESSAGES.message("account.member.required"));
        }
        if (organizationId != null) {
            OrganizationEntity unit = em.find(OrganizationEntity.class, organizationId);
            if (unit == null || !Scopes.visible(em, unit)) {
                errors.add("organizationId", MESSAGES.message("account.unit.unknown", organizationId));
            }
        } else if (!Actors.caller().unrestricted()) {
            errors.add("organizationId", MESSAGES.message("account.unit.required"));
        } else if (draft.roles().stream().anyMatch(r -> r == Role.UNIT_ADMIN || r == Role.SECRETARY)) {
            errors.add("organizationId", MESSAGES.message("account.unit.requiredForRole"));
        }
        return organizationId;
    }

    public AccountDetails update(String username, AccountDraft draft) {
        requireGrantable(draft.roles());
        return jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = managed(em, username);
            ValidationException.Builder errors = ValidationException.builder();
            Long organizationId = checkAssignment(em, draft, errors);
            errors.throwIfAny();
            if (username.equals(Actors.current()) && !draft.roles().contains(Role.SYSTEM_ADMIN)
                    && account.roleSet().contains(Role.SYSTEM_ADMIN)) {
                throw new ConflictException(MESSAGES.message("account.ownSystemAdmin"));
            }
            personalDataGrant(em, username, account.roleSet(), draft.roles());
            AccountDetails before = details(account);
            account.setDisplayName(draft.displayName().trim());
            account.setRoles(EnumSet.copyOf(draft.roles()));
            account.setOrganizationId(organizationId);
            account.setMemberId(draft.memberId());
            em.flush();
            AccountDetails after = details(account);
            Audit.record(em, "UPDATE", TYPE, null, username, Audit.changes(before, after, java.util.Set.of()));
            return after;
        });
    }

    /**
     * Separation of duties: roles that see personal data in full are granted by a second person. Granting one to
     * one's own account is refused; every grant writes a {@code GRANT_PERSONAL_DATA_ROLE} line, so a grant to a
     * second account of the same person stands out in the audit trail.
     */
    private static void personalDataGrant(EntityManager em, String username, java.util.Set<Role> before,
                                          java.util.Set<Role> after) {
        EnumSet<Role> granted = EnumSet.noneOf(Role.class);
        after.stream().filter(r -> CorePermissions.SEE_PERSONAL_DATA.contains(r) && !before.contains(r)).forEach(granted::add);
        if (granted.isEmpty()) {
            return;
        }
        if (username.equals(Actors.current())) {
            // English keeps the role codes as before ("[SECRETARY]"); Chinese names the roles
            String codes = granted.toString();
            String names = granted.stream().map(r -> r.labels().zhCN()).collect(java.util.stream.Collectors.joining("、"));
            throw new ForbiddenException(MESSAGES.message("account.grantSelf", Message.of(names, codes)));
        }
        Audit.record(em, "GRANT_PERSONAL_DATA_ROLE", TYPE, null, username + " was granted " + granted
                + " by " + Actors.current());
    }

    public void delete(String username) {
        if (username.equals(Actors.current())) {
            throw new ConflictException(MESSAGES.message("account.deleteSelf"));
        }
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity account = managed(em, username);
            em.remove(account);
            Audit.record(em, "DELETE", TYPE, null, username);
        });
    }

    /** Sets a new one-time password (returned once), unlocks the account and ends its sessions. */
    public String resetPassword(String username) {
        String password = accounts.oneTimePassword();
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity account = managed(em, username);
            account.setPasswordHash(accounts.hash(password));
            account.setMustChangePassword(true);
            account.setFailedLogins(0);
            account.setLockedUntil(null);
            account.setTokensValidAfter(UtcTimes.nowInstant());
            Audit.record(em, "RESET_PASSWORD", TYPE, null, username);
        });
        return password;
    }

    public AccountDetails unlock(String username) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = managed(em, username);
            account.setFailedLogins(0);
            account.setLockedUntil(null);
            Audit.record(em, "UNLOCK", TYPE, null, username);
            em.flush();
            return details(account);
        });
    }

    /** Locks an account until an administrator unlocks it (a person who left, a suspected misuse). */
    public AccountDetails lock(String username) {
        if (username.equals(Actors.current())) {
            throw new ConflictException(MESSAGES.message("account.lockSelf"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = managed(em, username);
            account.setLockedUntil(LOCKED_BY_ADMINISTRATOR);
            account.setTokensValidAfter(UtcTimes.nowInstant());
            Audit.record(em, "LOCK", TYPE, null, username);
            em.flush();
            return details(account);
        });
    }

    /** Ends every session of an account (its tokens issued until now stop working); the password stays. */
    public AccountDetails endSessions(String username) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = managed(em, username);
            account.setTokensValidAfter(UtcTimes.nowInstant());
            Audit.record(em, "END_SESSIONS", TYPE, null, username);
            em.flush();
            return details(account);
        });
    }

    /** The roles the caller may grant, for the console's form. */
    public Set<Role> grantable() {
        return GrantableRoles.of(Actors.caller());
    }

    private static void requireGrantable(Set<Role> roles) {
        Set<Role> beyond = GrantableRoles.beyond(Actors.caller(), roles);
        if (!beyond.isEmpty()) {
            throw new ForbiddenException(MESSAGES.message("account.roleNotGrantable",
                    Message.of(beyond.stream().map(r -> r.labels().zhCN()).collect(Collectors.joining("、")), beyond.toString())));
        }
    }

    /** An account the caller may change: in their scope, and holding no role above what they may grant. */
    private static AccountEntity managed(EntityManager em, String username) {
        AccountEntity account = existing(em, username);
        Set<Role> beyond = GrantableRoles.beyond(Actors.caller(), account.roleSet());
        if (!beyond.isEmpty()) {
            throw new ForbiddenException(MESSAGES.message("account.beyondYourRoles", username));
        }
        return account;
    }

    private static AccountDetails details(AccountEntity a) {
        Instant now = UtcTimes.nowInstant();
        boolean locked = a.getLockedUntil() != null && a.getLockedUntil().isAfter(now);
        return new AccountDetails(a.getUsername(), a.getDisplayName(), a.roleSet(), a.getOrganizationId(),
                a.getMemberId(), a.isMustChangePassword(), locked, locked ? a.getLockedUntil() : null, a.getFailedLogins(),
                a.getCreatedAt(), a.getVersion());
    }
}
