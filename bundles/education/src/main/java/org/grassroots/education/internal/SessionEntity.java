package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A training session (EDU_SESSION): when and where, for whom, its hours, its state and check-in code. */
@Entity(name = "EduSession")
@Table(name = "EDU_SESSION")
public class SessionEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "PROGRAM_ID") Long programId;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TITLE") String title;
    @Column(name = "STARTS_AT") LocalDateTime startsAt;
    @Column(name = "ENDS_AT") LocalDateTime endsAt;
    @Column(name = "SITE_ID") Long siteId;
    @Column(name = "ROUTE_ID") Long routeId;
    @Column(name = "CAPACITY") int capacity;
    @Column(name = "CREDITED_HOURS") BigDecimal creditedHours;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") SessionStatus status;
    @Column(name = "CANCEL_REASON") String cancelReason;
    @Column(name = "ROSTER_SIZE") int rosterSize;
    @Column(name = "PRESENT_COUNT") int presentCount;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Column(name = "HELD_AT") LocalDateTime heldAt;
    @Column(name = "HELD_BY") String heldBy;
    @Column(name = "CLOSED_AT") LocalDateTime closedAt;
    @Column(name = "CLOSED_BY") String closedBy;
    @Column(name = "CHECK_IN_CODE") String checkInCode;
    @Version @Column(name = "VERSION") long version;
}
