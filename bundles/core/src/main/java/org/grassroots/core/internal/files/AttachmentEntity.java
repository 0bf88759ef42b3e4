package org.grassroots.core.internal.files;

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

import org.grassroots.core.api.attachment.Attachment;
import org.grassroots.core.api.attachment.FileType;

/** A stored file's metadata; its bytes are in {@link AttachmentContentEntity} (read only on download). */
@Entity
@Table(name = "CORE_ATTACHMENT")
public class AttachmentEntity {
    @Id
    @TableGenerator(name = "attachment_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "ATTACHMENT", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "attachment_ids")
    @Column(name = "ID")
    Long id;
    @Column(name = "MODULE_ID", nullable = false, length = 64)
    String moduleId;
    @Column(name = "OWNER_TYPE", nullable = false, length = 40)
    String ownerType;
    @Column(name = "OWNER_ID", nullable = false)
    long ownerId;
    @Column(name = "UNIT_ID", nullable = false)
    long unitId;
    @Column(name = "UNIT_PATH", nullable = false, length = 1000)
    String unitPath;
    @Column(name = "FILE_NAME", nullable = false, length = 255)
    String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "FILE_TYPE", nullable = false, length = 16)
    FileType fileType;
    @Column(name = "SIZE_BYTES", nullable = false)
    long sizeBytes;
    @Column(name = "SHA256", nullable = false, length = 64)
    String sha256;
    @Column(name = "READ_PERMISSION", nullable = false, length = 100)
    String readPermission;
    @Column(name = "WRITE_PERMISSION", nullable = false, length = 100)
    String writePermission;
    /** With this permission callers below the unit read the file too (see {@code AttachmentOwner#readBelowPermission}). */
    @Column(name = "READ_BELOW_PERMISSION", length = 100)
    String readBelowPermission;

    @Column(name = "UPLOADED_AT", nullable = false)
    Instant uploadedAt;
    @Column(name = "UPLOADED_BY", nullable = false, length = 100)
    String uploadedBy;

    Attachment toRecord() {
        return new Attachment(id, moduleId, ownerType, ownerId, unitId, fileName, fileType, sizeBytes, sha256,
                uploadedAt, uploadedBy);
    }
}
