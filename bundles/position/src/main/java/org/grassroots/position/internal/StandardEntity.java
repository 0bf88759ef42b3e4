package org.grassroots.position.internal;

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

/** One version of a standard (POS_STANDARD): never changed once stored; a new version is a new row. */
@Entity(name = "StandardEntity")
@Table(name = "POS_STANDARD")
@SuppressWarnings("unused")
public class StandardEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "CODE") String code;
    @Column(name = "VERSION_NO") int versionNo;
    @Column(name = "NAME") String name;
    @Column(name = "SCOPE_NOTE") String scopeNote;
    @Column(name = "ISSUED_ON") LocalDate issuedOn;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
