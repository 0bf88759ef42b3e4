package org.grassroots.education.internal;

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

/**
 * A practice teaching site (EDU_SITE) and where its review stands; the table generator of every EDU_* id is
 * declared here.
 */
@Entity(name = "EduSite")
@Table(name = "EDU_SITE")
public class SiteEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "EDUCATION", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "NAME") String name;
    @Column(name = "CATEGORY") String category;
    @Column(name = "ADDRESS") String address;
    @Column(name = "LONGITUDE") Double longitude;
    @Column(name = "LATITUDE") Double latitude;
    @Column(name = "CAPACITY") int capacity;
    @Column(name = "OPENING_HOURS") String openingHours;
    @Column(name = "CONTACT_NAME") String contactName;
    @Column(name = "CONTACT_PHONE") String contactPhone;
    @Column(name = "DESCRIPTION") String description;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") SiteStatus status;
    @Column(name = "REJECT_REASON") String rejectReason;
    @Column(name = "PROPOSED_AT") LocalDateTime proposedAt;
    @Column(name = "PROPOSED_BY") String proposedBy;
    @Column(name = "REVIEWED_AT") LocalDateTime reviewedAt;
    @Column(name = "REVIEWED_BY") String reviewedBy;
    @Version @Column(name = "VERSION") long version;
}
