package org.grassroots.core.internal.notify;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A notice (通知公告) issued by a unit. */
@Entity
@Table(name = "CORE_NOTICE")
public class NoticeEntity {
    @Id
    @TableGenerator(name = "notice_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "NOTICE", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "notice_ids")
    @Column(name = "ID")
    Long id;
    @Column(name = "ORGANIZATION_ID", nullable = false)
    long organizationId;
    @Column(name = "ORG_PATH", nullable = false, length = 1000)
    String orgPath;
    @Column(name = "TITLE", nullable = false, length = 200)
    String title;
    @Column(name = "BODY", length = 8000)
    String body;
    @Column(name = "ISSUED_AT", nullable = false)
    Instant issuedAt;
    @Column(name = "ISSUED_BY", nullable = false, length = 100)
    String issuedBy;
}
