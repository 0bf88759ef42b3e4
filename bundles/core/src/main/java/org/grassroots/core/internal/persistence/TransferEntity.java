package org.grassroots.core.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.grassroots.core.api.Transfer;

@Entity
@Table(name = "CORE_TRANSFER")
public class TransferEntity {
    @Id
    @TableGenerator(name = "transfer_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "TRANSFER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "transfer_ids")
    @Column(name = "ID")
    private Long id;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Column(name = "FROM_ORGANIZATION", nullable = false)
    private long fromOrganizationId;
    @Column(name = "TO_ORGANIZATION", nullable = false)
    private long toOrganizationId;
    @Column(name = "TRANSFERRED_ON", nullable = false)
    private LocalDate transferredOn;
    @Column(name = "REASON", length = 500)
    private String reason;
    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected TransferEntity() {
    }

    public TransferEntity(long memberId, long fromOrganizationId, long toOrganizationId, LocalDate transferredOn,
                          String reason, String recordedBy, Instant recordedAt) {
        this.memberId = memberId;
        this.fromOrganizationId = fromOrganizationId;
        this.toOrganizationId = toOrganizationId;
        this.transferredOn = transferredOn;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Transfer toRecord() {
        return new Transfer(id, memberId, fromOrganizationId, toOrganizationId, transferredOn, reason, recordedBy,
                recordedAt);
    }
}
