package org.grassroots.core.internal.files;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** The bytes of one stored file, kept apart from the metadata so lists never read them. */
@Entity
@Table(name = "CORE_ATTACHMENT_CONTENT")
public class AttachmentContentEntity {
    @Id
    @Column(name = "ATTACHMENT_ID")
    Long attachmentId;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "CONTENT", nullable = false)
    byte[] content;
}
