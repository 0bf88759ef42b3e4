package org.grassroots.industrial.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity(name = "ParticipantEntity")
@Table(name = "IND_ACTIVITY_PARTICIPANT")
public class ParticipantEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "ACTIVITY_ID") long activityId;
    @Column(name = "ENTERPRISE_ID") Long enterpriseId;
    @Column(name = "MEMBER_ID") Long memberId;
}
