package org.grassroots.core.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A signed-out token, refused until it would have expired anyway. */
@Entity
@Table(name = "CORE_REVOKED_TOKEN")
public class RevokedTokenEntity {
    @Id
    @Column(name = "TOKEN_ID", length = 64)
    private String tokenId;
    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    protected RevokedTokenEntity() {
    }

    public RevokedTokenEntity(String tokenId, Instant expiresAt) {
        this.tokenId = tokenId;
        this.expiresAt = expiresAt;
    }
}
