package org.grassroots.affairs.internal;

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

@Entity(name = "RatingEntity")
@Table(name = "AFF_RATING")
public class RatingEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = EntityIds.SEQUENCE_NAME, allocationSize = EntityIds.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "CAMPAIGN_ID") long campaignId;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "YEAR_OF") int year;
    @Enumerated(EnumType.STRING) @Column(name = "RATING") Rating rating;
    @Column(name = "NOTE") String note;
    @Column(name = "FOLLOW_UP") String followUp;
    @Column(name = "EXCUSED") String excused;
    @Column(name = "RATED_BY") String ratedBy;
    @Column(name = "RATED_AT") LocalDateTime ratedAt;
    @Version @Column(name = "VERSION") long version;
}
