package org.grassroots.education.internal;

import java.util.List;
import java.util.function.Supplier;

import org.grassroots.core.api.attachment.Attachment;
import org.grassroots.core.api.attachment.AttachmentOwner;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.core.api.audit.AuditLog;

/**
 * The files of one kind of the module's records in core's attachment store (a site's photos, a course's files): at
 * most a number per record, each addition and removal audited on the record. Call it inside the transaction that
 * checked the record: the store joins it, so a refusal after storing rolls the file back.
 */
final class RecordFiles {
    private final AttachmentStore files;
    private final AuditLog audit;
    private final String ownerType;
    private final String recordType;
    private final String action;
    private final int max;

    /**
     * @param recordType the audit trail's type of the record ({@code education.site})
     * @param action     the audit action of an added file ({@code PHOTO}); a removed one is {@code <action>_DELETED}
     */
    RecordFiles(AttachmentStore files, AuditLog audit, String ownerType, String recordType, String action, int max) {
        this.files = files;
        this.audit = audit;
        this.ownerType = ownerType;
        this.recordType = recordType;
        this.action = action;
        this.max = max;
    }

    /** Stores one file of the record, or throws {@code full} when it has {@link #max()} already. */
    Attachment store(AttachmentOwner owner, String fileName, byte[] bytes, Supplier<RuntimeException> full) {
        if (list(owner.ownerId()).size() >= max) {
            throw full.get();
        }
        return files.store(owner, fileName, bytes);
    }

    /** Audits a stored file on its record and answers the record's files, oldest first. */
    List<Attachment> added(long recordId, Attachment stored) {
        audit.record(action, recordType, recordId, stored.fileName() + " (attachment " + stored.id() + ")", List.of());
        return list(recordId);
    }

    List<Attachment> list(long recordId) {
        return files.list(EducationModule.ID, ownerType, recordId);
    }

    /** Removes one file of the record (404 when the file is not one of the record's) and answers the rest. */
    List<Attachment> remove(long recordId, long fileId) {
        if (list(recordId).stream().noneMatch(a -> a.id() == fileId)) {
            throw EducationMessages.TEXT.notFound("attachment", fileId);
        }
        files.delete(fileId);
        audit.record(action + "_DELETED", recordType, recordId, "attachment " + fileId, List.of());
        return list(recordId);
    }

    int max() {
        return max;
    }

    /** One byte more than core's store accepts: enough to know a body is too large without reading all of it. */
    int readLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 8, files.maxBytes() + 1);
    }
}
