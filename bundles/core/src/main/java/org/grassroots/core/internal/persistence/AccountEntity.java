package org.grassroots.core.internal.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.grassroots.core.api.security.Role;

/** A platform account. Lockout state lives here, so it holds across every node sharing the database. */
@Entity
@Table(name = "CORE_ACCOUNT")
public class AccountEntity {
    @Id
    @Column(name = "USERNAME", length = 64)
    private String username;
    @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
    private String displayName;
    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;
    @Column(name = "ROLES", nullable = false, length = 200)
    private String roles;
    @Column(name = "ORGANIZATION_ID")
    private Long organizationId;
    @Column(name = "MEMBER_ID")
    private Long memberId;
    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;
    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;
    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;
    /** Tokens issued before this instant are refused (password change, reset, role change). */
    @Column(name = "TOKENS_VALID_AFTER", nullable = false)
    private Instant tokensValidAfter;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected AccountEntity() {
    }

    public AccountEntity(String username, Instant now) {
        this.username = username;
        this.createdAt = now;
        this.tokensValidAfter = now.minusSeconds(1);
    }

    public Set<Role> roleSet() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void setRoles(Set<Role> roleSet) {
        this.roles = roleSet.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public int getFailedLogins() { return failedLogins; }
    public void setFailedLogins(int failedLogins) { this.failedLogins = failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public void setLockedUntil(Instant lockedUntil) { this.lockedUntil = lockedUntil; }
    public Instant getTokensValidAfter() { return tokensValidAfter; }
    public void setTokensValidAfter(Instant tokensValidAfter) { this.tokensValidAfter = tokensValidAfter; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
