package org.grassroots.rolemodel.internal;

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

/** A contact record of a contact point: a visit, an issue raised, a follow-up. */
@Entity(name = "ContactRecordEntity")
@Table(name = "RM_CONTACT_RECORD")
public class ContactRecordEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "POINT_ID") long pointId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "KIND") ContactKind kind;
    @Column(name = "HAPPENED_ON") LocalDate happenedOn;
    @Column(name = "CONTENT") String content;
    @Column(name = "ISSUES") String issues;
    @Column(name = "FOLLOW_UP") String followUp;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
}
