package org.grassroots.membership.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A unit's yearly development plan: how many may become candidates in its subtree that year. */
@Entity(name = "PlanEntity")
@Table(name = "MEMB_PLAN")
public class PlanEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = FileEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "PLAN_YEAR") int year;
    @Column(name = "QUOTA") int quota;
    @Column(name = "NOTE") String note;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
