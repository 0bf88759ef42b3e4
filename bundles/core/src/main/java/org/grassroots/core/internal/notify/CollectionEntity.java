package org.grassroots.core.internal.notify;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.grassroots.core.api.notice.CollectionKind;

/** A collection task (信息报送) issued by a unit. {@code fields} holds the form's field names, one per line. */
@Entity
@Table(name = "CORE_COLLECTION")
public class CollectionEntity {
    @Id
    @TableGenerator(name = "collection_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "COLLECTION", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "collection_ids")
    @Column(name = "ID")
    Long id;
    @Column(name = "ORGANIZATION_ID", nullable = false)
    long organizationId;
    @Column(name = "ORG_PATH", nullable = false, length = 1000)
    String orgPath;
    @Column(name = "TITLE", nullable = false, length = 200)
    String title;
    @Column(name = "DESCRIPTION", length = 4000)
    String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 8)
    CollectionKind kind;
    @Column(name = "FIELDS", length = 4000)
    String fields;
    @Column(name = "DUE_AT", nullable = false)
    Instant dueAt;
    @Column(name = "ISSUED_AT", nullable = false)
    Instant issuedAt;
    @Column(name = "ISSUED_BY", nullable = false, length = 100)
    String issuedBy;
}
