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

/** One step of a site's review (EDU_SITE_STEP): who moved it from which state to which, when. */
@Entity(name = "EduSiteStep")
@Table(name = "EDU_SITE_STEP")
public class SiteStepEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "SITE_ID") long siteId;
    @Enumerated(EnumType.STRING) @Column(name = "ACTION") SiteAction action;
    @Enumerated(EnumType.STRING) @Column(name = "FROM_STATUS") SiteStatus fromStatus;
    @Enumerated(EnumType.STRING) @Column(name = "TO_STATUS") SiteStatus toStatus;
    @Column(name = "ACTOR") String actor;
    @Column(name = "OCCURRED_AT") LocalDateTime at;
    @Column(name = "NOTE") String note;
}
