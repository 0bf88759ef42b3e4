package org.grassroots.core.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.grassroots.core.api.LeaveReason;
import org.grassroots.core.api.Leaving;
import org.grassroots.core.api.MemberStatus;

/** One time a member left the roll (and, for a suspension, came back); never deleted, so the history stays. */
@Entity
@Table(name = "CORE_MEMBER_LEAVING")
public class LeavingEntity {
    @Id
    @TableGenerator(name = "leaving_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "LEAVING", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "leaving_ids")
    @Column(name = "ID")
    private Long id;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "REASON", nullable = false)
    private LeaveReason reason;
    @Column(name = "LEFT_ON", nullable = false)
    private LocalDate leftOn;
    @Column(name = "NOTE", length = 500)
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS_BEFORE", nullable = false)
    private MemberStatus statusBefore;
    @Column(name = "RESTORED_ON")
    private LocalDate restoredOn;
    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    private String recordedBy;
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected LeavingEntity() {
    }

    public LeavingEntity(long memberId, LeaveReason reason, LocalDate leftOn, String note, MemberStatus statusBefore,
                         String recordedBy, Instant recordedAt) {
        this.memberId = memberId;
        this.reason = reason;
        this.leftOn = leftOn;
        this.note = note;
        this.statusBefore = statusBefore;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LeaveReason getReason() { return reason; }
    public LocalDate getLeftOn() { return leftOn; }
    public MemberStatus getStatusBefore() { return statusBefore; }
    public LocalDate getRestoredOn() { return restoredOn; }

    public void restoredOn(LocalDate day) {
        this.restoredOn = day;
    }

    public Leaving toRecord() {
        return new Leaving(id, memberId, reason, leftOn, note, statusBefore, restoredOn, recordedBy, recordedAt);
    }
}
