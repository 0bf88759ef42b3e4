package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A range of 入党志愿书 numbers the level above issued to a unit. */
@Entity(name = "FormRangeEntity")
@Table(name = "MEMB_FORM_RANGE")
public class FormRangeEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = FileEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "ISSUER_ID") long issuerId;
    @Column(name = "FIRST_NO") long first;
    @Column(name = "LAST_NO") long last;
    @Column(name = "DIGITS") int digits;
    @Column(name = "ISSUED_ON") LocalDate issuedOn;
    @Column(name = "NOTE") String note;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
