package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A cultivation tracking record (跟踪培养) of a role model with the next contact date. */
@Entity(name = "TrackingEntity")
@Table(name = "RM_TRACKING")
public class TrackingEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "MODEL_ID") long modelId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "CONTACTED_ON") LocalDate contactedOn;
    @Column(name = "RESPONSIBLE_MEMBER_ID") long responsibleId;
    @Column(name = "RESPONSIBLE_NAME") String responsibleName;
    @Column(name = "NOTE") String note;
    @Column(name = "NEXT_CONTACT_ON") LocalDate nextContactOn;
    @Column(name = "NOTIFIED_AT") LocalDateTime notifiedAt;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Version @Column(name = "VERSION") long version;
}
