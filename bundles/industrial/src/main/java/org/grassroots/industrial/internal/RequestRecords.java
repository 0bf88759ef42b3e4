package org.grassroots.industrial.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.industrial.ServiceRequest.Attachment;
import org.grassroots.industrial.ServiceRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The records of service requests as callers see them: a request only when it lies in the caller's scope, with its
 * attachments (metadata-only ones recorded before core's file store existed, and the store's files) and its
 * enterprise's name.
 */
@Component(service = RequestRecords.class)
public class RequestRecords {
    private final ModuleScope scope;
    private final AttachmentStore files;

    @Activate
    public RequestRecords(@Reference ModuleScopes scopes, @Reference AttachmentStore files) {
        this.scope = scopes.of(IndustrialModule.ID);
        this.files = files;
    }

    /** The request, if the caller sees it (404 otherwise, as if it did not exist). */
    ServiceRequestEntity visible(EntityManager em, long id) {
        ServiceRequestEntity entity = em.find(ServiceRequestEntity.class, id);
        if (entity == null) {
            throw IndustrialMessages.TEXT.notFound(ServiceRequests.TYPE, id);
        }
        IndustrialMessages.TEXT.requireVisible(scope, entity.orgPath, ServiceRequests.TYPE, id);
        return entity;
    }

    List<ServiceRequest> toRecords(EntityManager em, List<ServiceRequestEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Attachment>> attachments = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.requestId IN :ids ORDER BY a.id", AttachmentEntity.class)
                .setParameter("ids", ids).getResultList()
                .forEach(a -> attachments.computeIfAbsent(a.requestId, k -> new ArrayList<>()).add(attachment(a)));
        files.list(IndustrialModule.ID, RequestAttachmentOwners.OWNER_TYPE, ids).forEach((requestId, stored) ->
                stored.forEach(f -> attachments.computeIfAbsent(requestId, k -> new ArrayList<>()).add(attachment(f))));
        LocalDateTime now = UtcTimes.now();
        Map<Long, String> names = new HashMap<>();
        return rows.stream().map(r -> toRecord(r, attachments.getOrDefault(r.id, List.of()), now,
                names.computeIfAbsent(r.organizationId, scope::name))).toList();
    }

    ServiceRequest toRecord(EntityManager em, ServiceRequestEntity entity, LocalDateTime now) {
        List<Attachment> attachments = em.createQuery(
                        "SELECT a FROM AttachmentEntity a WHERE a.requestId = :id ORDER BY a.id", AttachmentEntity.class)
                .setParameter("id", entity.id).getResultList().stream().map(RequestRecords::attachment)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        files.list(IndustrialModule.ID, RequestAttachmentOwners.OWNER_TYPE, entity.id).forEach(f -> attachments.add(attachment(f)));
        return toRecord(entity, attachments, now, scope.name(entity.organizationId));
    }

    /**
     * A file in core's store, shown like the metadata-only attachments recorded before the store existed (those
     * stay as they are); its reference is where the console downloads it.
     */
    private static Attachment attachment(org.grassroots.core.api.attachment.Attachment f) {
        return new Attachment(f.id(), f.fileName(), f.sizeBytes(), f.contentType(),
                "/api/core/attachments/" + f.id() + "/content", f.uploadedAt(), f.uploadedBy());
    }

    private static Attachment attachment(AttachmentEntity a) {
        return new Attachment(a.id, a.name, a.size, a.contentType, a.reference, UtcTimes.instant(a.addedAt), a.addedBy);
    }

    static ServiceRequest toRecord(ServiceRequestEntity e, List<Attachment> attachments, LocalDateTime now,
                                   String organizationName) {
        return new ServiceRequest(e.id, e.organizationId, organizationName, e.parkId, e.gridId, e.category,
                e.serviceId, e.title, e.description, e.contactName, e.status, UtcTimes.instant(e.submittedAt),
                e.submittedBy, e.submitterMemberId, UtcTimes.instant(e.dueAt), Deadlines.overdue(e.status, e.dueAt, now),
                e.assigneeMemberId, e.assigneeDepartment, e.resolution, UtcTimes.instant(e.resolvedAt),
                Deadlines.onTime(e.status, e.resolvedAt, e.dueAt), e.rating, e.ratingComment, e.reopenCount,
                UtcTimes.instant(e.escalatedAt), attachments, RequestWorkflow.allowed(e.status), e.version);
    }
}
