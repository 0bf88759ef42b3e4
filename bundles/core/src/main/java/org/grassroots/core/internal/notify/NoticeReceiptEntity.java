package org.grassroots.core.internal.notify;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One addressed unit of a notice and its signature (null until it signs). */
@Entity
@Table(name = "CORE_NOTICE_RECEIPT")
@IdClass(UnitKey.class)
public class NoticeReceiptEntity {
    @Id
    @Column(name = "NOTICE_ID")
    Long parentId;
    @Id
    @Column(name = "UNIT_ID")
    Long unitId;
    @Column(name = "UNIT_PATH", nullable = false, length = 1000)
    String unitPath;
    @Column(name = "SIGNED_AT")
    Instant signedAt;
    @Column(name = "SIGNED_BY", length = 100)
    String signedBy;
}
