package org.grassroots.core.internal.screen;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One big-screen display token: its hash, the unit it shows, who made it, whether it was revoked. */
@Entity
@Table(name = "CORE_DISPLAY_TOKEN")
public class DisplayTokenEntity {
    @Id
    @Column(name = "ID", length = 16)
    private String id;
    @Column(name = "TOKEN_HASH", length = 64, nullable = false, unique = true)
    private String tokenHash;
    @Column(name = "UNIT_ID", nullable = false)
    private long unitId;
    @Column(name = "UNIT_PATH", length = 1000, nullable = false)
    private String unitPath;
    @Column(name = "LABEL", length = 100, nullable = false)
    private String label;
    @Column(name = "CREATED_BY", length = 100, nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Column(name = "REVOKED_AT")
    private Instant revokedAt;
    @Column(name = "LAST_USED_AT")
    private Instant lastUsedAt;

    protected DisplayTokenEntity() {
    }

    DisplayTokenEntity(String id, String tokenHash, long unitId, String unitPath, String label, String createdBy,
                       Instant createdAt) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.label = label;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    DisplayToken toRecord() {
        return new DisplayToken(id, unitId, label, createdBy, createdAt, revokedAt, lastUsedAt);
    }

    String id() { return id; }
    long unitId() { return unitId; }
    Instant revokedAt() { return revokedAt; }
    Instant lastUsedAt() { return lastUsedAt; }
    void revoke(Instant at) { revokedAt = at; }
    void used(Instant at) { lastUsedAt = at; }
}
