package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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

@Entity(name = "RiderFriendlyEntity")
@Table(name = "COMMUNITY_RIDER_FRIENDLY")
public class RiderFriendlyEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "COMMUNITY_ID") long communityId;
    @Column(name = "ORG_PATH") String orgPath;
    /** The checklist items met, as comma-separated {@link RiderCriterion} codes. */
    @Column(name = "CRITERIA_MET") String criteriaMet;
    @Column(name = "EVIDENCE") String evidence;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") RiderStatus status;
    @Column(name = "APPLIED_AT") LocalDateTime appliedAt;
    @Column(name = "APPLIED_BY") String appliedBy;
    @Column(name = "DESIGNATED_ON") LocalDate designatedOn;
    @Column(name = "DECIDED_AT") LocalDateTime decidedAt;
    @Column(name = "DECIDED_BY") String decidedBy;
    @Column(name = "DECISION_NOTE") String decisionNote;
    @Version @Column(name = "VERSION") long version;
}
