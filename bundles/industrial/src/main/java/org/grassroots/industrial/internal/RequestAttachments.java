package org.grassroots.industrial.internal;

import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.industrial.ServiceRequest.Attachment;
import org.grassroots.industrial.ServiceRequest;
import org.grassroots.industrial.ServiceRequestDraft.AttachmentDraft;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Files of a service request: stored in core's attachment store (type and size checked on the bytes), or, as before
 * the store existed, recorded as metadata with a reference to where the file is kept; at most
 * {@value #MAX_ATTACHMENTS} per request.
 */
@Component(service = RequestAttachments.class)
public class RequestAttachments {
    static final int MAX_ATTACHMENTS = 20;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final AttachmentStore files;
    private final RequestRecords records;

    @Activate
    public RequestAttachments(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                              @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                              @Reference AuditLog audit, @Reference AttachmentStore files, @Reference RequestRecords records) {
        this.jpa = jpa;
        this.scope = scopes.of(IndustrialModule.ID);
        this.audit = audit;
        this.files = files;
        this.records = records;
    }

    public ServiceRequest addAttachment(long id, AttachmentDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        validateAttachments(draft == null ? null : List.of(draft), "", errors);
        if (draft == null) {
            errors.add("body", IndustrialMessages.TEXT.message("body.required", "{name, size, contentType, reference}"));
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ServiceRequestEntity entity = records.visible(em, id);
            scope.requireEnabled(entity.organizationId);
            if (!errors.isEmpty()) {
                throw errors.build();
            }
            long count = em.createQuery("SELECT COUNT(a) FROM AttachmentEntity a WHERE a.requestId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (count >= MAX_ATTACHMENTS) {
                throw IndustrialMessages.TEXT.conflict("attachments.full", id, MAX_ATTACHMENTS);
            }
            addAttachmentsIn(em, id, List.of(draft), actor, UtcTimes.now());
            audit.record("ATTACH", ServiceRequests.TYPE, id, draft.name().trim() + " (" + draft.size() + " bytes)", List.of());
            return records.toRecord(em, entity, UtcTimes.now());
        });
    }

    /**
     * Stores a file for the request in core's attachment store, in one transaction with the request's audit line.
     * The file's type and size are checked by the store (422 on {@code file}).
     */
    public ServiceRequest storeFile(long id, String fileName, byte[] bytes) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ServiceRequestEntity entity = records.visible(em, id);
            scope.requireEnabled(entity.organizationId);
            long count = em.createQuery("SELECT COUNT(a) FROM AttachmentEntity a WHERE a.requestId = :id", Long.class)
                    .setParameter("id", id).getSingleResult() + files.list(IndustrialModule.ID, RequestAttachmentOwners.OWNER_TYPE, id).size();
            if (count >= MAX_ATTACHMENTS) {
                throw IndustrialMessages.TEXT.conflict("attachments.full", id, MAX_ATTACHMENTS);
            }
            org.grassroots.core.api.attachment.Attachment stored = files.store(RequestAttachmentOwners.owner(entity), fileName, bytes);
            audit.record("ATTACH", ServiceRequests.TYPE, id, stored.fileName() + " (" + stored.sizeBytes() + " bytes, attachment "
                    + stored.id() + ")", List.of());
            return records.toRecord(em, entity, UtcTimes.now());
        });
    }

    /** One byte more than core's store accepts: enough to know a body is too large without reading all of it. */
    public int fileReadLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 8, files.maxBytes() + 1);
    }

    static void validateAttachments(List<AttachmentDraft> drafts, String field, ValidationException.Builder errors) {
        if (drafts == null) {
            return;
        }
        if (drafts.size() > MAX_ATTACHMENTS) {
            errors.add(field, IndustrialMessages.TEXT.message("attachments.max", MAX_ATTACHMENTS));
        }
        for (int i = 0; i < drafts.size(); i++) {
            AttachmentDraft a = drafts.get(i);
            String prefix = field.isEmpty() ? "" : field + "[" + i + "].";
            if (a == null) {
                errors.add(field + "[" + i + "]", IndustrialMessages.TEXT.message("required"));
                continue;
            }
            if (a.name() == null || a.name().isBlank() || a.name().length() > 255) {
                errors.add(prefix + "name", IndustrialMessages.TEXT.message("attachment.name"));
            }
            if (a.size() == null || a.size() < 0) {
                errors.add(prefix + "size", IndustrialMessages.TEXT.message("attachment.size"));
            }
            if (a.contentType() == null || !a.contentType().matches("[\\w.+-]+/[\\w.+-]+") || a.contentType().length() > 100) {
                errors.add(prefix + "contentType", IndustrialMessages.TEXT.message("attachment.contentType"));
            }
            if (a.reference() == null || a.reference().isBlank() || a.reference().length() > 1000) {
                errors.add(prefix + "reference", IndustrialMessages.TEXT.message("attachment.reference"));
            }
        }
    }

    static void addAttachmentsIn(EntityManager em, long requestId, List<AttachmentDraft> drafts, String actor,
                                         LocalDateTime at) {
        if (drafts == null) {
            return;
        }
        for (AttachmentDraft draft : drafts) {
            AttachmentEntity a = new AttachmentEntity();
            a.requestId = requestId;
            a.name = draft.name().trim();
            a.size = draft.size();
            a.contentType = draft.contentType();
            a.reference = draft.reference().trim();
            a.addedAt = at;
            a.addedBy = actor;
            em.persist(a);
        }
    }
}
