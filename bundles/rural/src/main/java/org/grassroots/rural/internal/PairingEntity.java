package org.grassroots.rural.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

@Entity(name = "PairingEntity")
@Table(name = "RUR_PAIRING")
public class PairingEntity {
    @Id
    @TableGenerator(name = "rur_pairing_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PAIRING", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_pairing_ids")
    @Column(name = "ID") Long id;
    @Column(name = "ENTERPRISE_ID") long enterpriseId;
    @Column(name = "VILLAGE_ID") long villageId;
    /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "NEED_ID") Long needId;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") PairingStatus status;
    @Column(name = "PROPOSED_AT") LocalDateTime proposedAt;
    @Column(name = "PROPOSED_BY") String proposedBy;
    @Column(name = "AGREED_AT") LocalDateTime agreedAt;
    @Column(name = "AGREED_BY") String agreedBy;
    @Column(name = "ACTIVATED_AT") LocalDateTime activatedAt;
    @Column(name = "ACTIVATED_BY") String activatedBy;
    @Column(name = "ENDED_AT") LocalDateTime endedAt;
    @Column(name = "ENDED_BY") String endedBy;
    @Column(name = "END_REASON") String endReason;
    @Column(name = "SUCCESSFUL") Boolean successful;
    @Version @Column(name = "VERSION") long version;
}
