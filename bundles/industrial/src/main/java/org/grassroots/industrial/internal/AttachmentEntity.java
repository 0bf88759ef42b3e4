package org.grassroots.industrial.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity(name = "AttachmentEntity")
@Table(name = "IND_REQUEST_ATTACHMENT")
public class AttachmentEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "REQUEST_ID") long requestId;
    @Column(name = "NAME") String name;
    @Column(name = "SIZE_BYTES") long size;
    @Column(name = "CONTENT_TYPE") String contentType;
    @Column(name = "REFERENCE") String reference;
    @Column(name = "ADDED_AT") LocalDateTime addedAt;
    @Column(name = "ADDED_BY") String addedBy;
}
