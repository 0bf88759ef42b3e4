package org.grassroots.industrial.internal;

import org.grassroots.core.api.UtcTimes;

import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.rest.Paging;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.industrial.IndustrialTopics;
import org.grassroots.industrial.RequestAction;
import org.grassroots.industrial.RequestStatus;
import org.grassroots.industrial.ServiceRequest;
import org.grassroots.industrial.ServiceRequest.Attachment;
import org.grassroots.industrial.ServiceRequest.Transition;
import org.grassroots.industrial.ServiceRequestDraft;
import org.grassroots.industrial.ServiceRequestDraft.AttachmentDraft;
import org.grassroots.industrial.internal.Entities.AttachmentEntity;
import org.grassroots.industrial.internal.Entities.CategoryEntity;
import org.grassroots.industrial.internal.Entities.ServiceEntity;
import org.grassroots.industrial.internal.Entities.ServiceRequestEntity;
import org.grassroots.industrial.internal.Entities.TransitionEntity;
import org.grassroots.industrial.internal.Views.RequestQuery;
import org.grassroots.industrial.internal.Views.WorkflowStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Enterprise service requests and their workflow, in the module's persistence unit. Every change commits together
 * with its history line ({@code IND_REQUEST_TRANSITION}) and its line in core's audit trail; the workflow event is
 * posted after the commit.
 */
@Component(service = ServiceRequests.class)
public class ServiceRequests {
    static final String TYPE = "industrial.request";
    static final int MAX_ATTACHMENTS = 20;
    private static final Map<String, String> SORTABLE = Map.of("submittedAt", "r.submittedAt", "status", "r.status",
            "title", "r.title", "dueAt", "r.dueAt", "category", "r.category");
    private static final List<RequestStatus> CLOSED = List.of(RequestStatus.RESOLVED, RequestStatus.RATED);

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final IndustrialEvents events;
    private final AttachmentStore files;

    @Activate
    public ServiceRequests(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                           @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes, @Reference AuditLog audit,
                           @Reference IndustrialEvents events, @Reference AttachmentStore files) {
        this.jpa = jpa;
        this.scope = scopes.of(IndustrialModule.ID);
        this.audit = audit;
        this.events = events;
        this.files = files;
    }

    /** Submits a request for an enterprise in the caller's scope where the module is enabled. */
    public ServiceRequest submit(ServiceRequestDraft draft) {
        if (draft == null) {
            throw new ValidationException(FieldError.of("body", "required: {organizationId, category, title, description}"));
        }
        Organization enterprise = scope.enabledUnit(draft.organizationId(), "organizationId");
        List<FieldError> errors = new ArrayList<>();
        if (enterprise.unitType() != UnitType.ENTERPRISE) {
            errors.add(FieldError.of("organizationId", "must be an enterprise (企业); unit " + enterprise.id() + " is a "
                    + enterprise.unitType().label()));
        }
        Long parkId = scope.nearest(enterprise, UnitType.PARK).map(Organization::id).orElse(null);
        Long gridId = scope.nearest(enterprise, UnitType.GRID).map(Organization::id).orElse(null);
        String title = trim(draft.title());
        if (title == null) {
            errors.add(FieldError.of("title", "required"));
        } else if (title.length() > 200) {
            errors.add(FieldError.of("title", "at most 200 characters"));
        }
        if (draft.description() != null && draft.description().length() > 4000) {
            errors.add(FieldError.of("description", "at most 4000 characters"));
        }
        if (draft.contactName() != null && draft.contactName().length() > 100) {
            errors.add(FieldError.of("contactName", "at most 100 characters"));
        }
        validateAttachments(draft.attachments(), "attachments", errors);
        String actor = scope.actor();
        Long memberId = scope.caller().memberId();
        ServiceRequest created = jpa.txExpr(TransactionType.Required, em -> {
            CategoryEntity category = category(em, draft.category(), errors);
            if (draft.serviceId() != null) {
                ServiceEntity service = em.find(ServiceEntity.class, draft.serviceId());
                if (service == null || parkId == null || service.parkId != parkId) {
                    errors.add(FieldError.of("serviceId", "no service " + draft.serviceId() + " in this park's catalog"));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            ServiceRequestEntity entity = submitIn(em, enterprise, parkId, gridId, category, draft.serviceId(), title,
                    trim(draft.description()), trim(draft.contactName()), actor, memberId, UtcTimes.now());
            addAttachmentsIn(em, entity.id, draft.attachments(), actor, entity.submittedAt);
            em.flush();
            audit.record("SUBMIT", TYPE, entity.id, entity.title + " (" + entity.category + ", due " + entity.dueAt + ")",
                    List.of(new FieldChange("status", null, entity.status.name())));
            return toRecord(em, entity, UtcTimes.now());
        });
        post(created, enterprise.path(), actor);
        return created;
    }

    /** The insert shared by the REST path and the demo loader (which supplies past times). */
    ServiceRequestEntity submitIn(EntityManager em, Organization enterprise, Long parkId, Long gridId,
                                  CategoryEntity category, Long serviceId, String title, String description,
                                  String contactName, String actor, Long memberId, LocalDateTime at) {
        ServiceRequestEntity entity = new ServiceRequestEntity();
        entity.organizationId = enterprise.id();
        entity.orgPath = enterprise.path();
        entity.parkId = parkId;
        entity.gridId = gridId;
        entity.category = category.code;
        entity.serviceId = serviceId;
        entity.title = title;
        entity.description = description;
        entity.contactName = contactName;
        entity.status = RequestStatus.SUBMITTED;
        entity.submittedAt = at;
        entity.submittedBy = actor;
        entity.submitterMemberId = memberId;
        entity.dueAt = Deadlines.dueAt(at, category.deadlineDays);
        entity.updatedAt = at;
        em.persist(entity);
        history(em, entity.id, RequestAction.SUBMIT, null, RequestStatus.SUBMITTED, actor, at, null);
        return entity;
    }

    public ServiceRequest get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id), UtcTimes.now()));
    }

    /** Moves the request on by {@code action}, if its state allows it and {@code version} is current. */
    public ServiceRequest step(long id, long version, RequestAction action, WorkflowStep step) {
        String actor = scope.actor();
        String[] path = new String[1];
        ServiceRequest moved = jpa.txExpr(TransactionType.Required, em -> {
            ServiceRequestEntity entity = visible(em, id);
            path[0] = entity.orgPath;
            scope.requireEnabled(entity.organizationId);
            if (entity.version != version) {
                throw ConflictException.stale(TYPE, id, version, entity.version);
            }
            RequestStatus before = entity.status;
            stepIn(em, entity, action, step, actor, UtcTimes.now());
            em.flush();
            audit.record(action.name(), TYPE, id, RequestWorkflow.note(action, step == null ? WorkflowStep.empty() : step),
                    List.of(new FieldChange("status", before.name(), entity.status.name())));
            return toRecord(em, entity, UtcTimes.now());
        });
        post(moved, path[0], actor);
        return moved;
    }

    /** The transition shared by the REST path and the demo loader: state machine, fields, history line. */
    void stepIn(EntityManager em, ServiceRequestEntity entity, RequestAction action, WorkflowStep given, String actor,
                LocalDateTime at) {
        WorkflowStep step = given == null ? WorkflowStep.empty() : given;
        RequestStatus from = entity.status;
        RequestStatus to = RequestWorkflow.next(entity.id, from, action, step);
        switch (action) {
            case ASSIGN -> {
                entity.assigneeMemberId = step.assigneeMemberId();
                entity.assigneeDepartment = trim(step.assigneeDepartment());
            }
            case RESOLVE -> {
                entity.resolution = step.resolution().trim();
                entity.resolvedAt = at;
            }
            case RATE -> {
                entity.rating = step.rating();
                entity.ratingComment = trim(step.comment());
            }
            case REOPEN -> {
                entity.reopenCount++;
                // the deadline stays; a request escalated once is not escalated again
                entity.resolvedAt = null;
            }
            default -> { }
        }
        entity.status = to;
        entity.updatedAt = at;
        history(em, entity.id, action, from, to, actor, at, RequestWorkflow.note(action, step));
    }

    public List<Transition> history(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id);
            return em.createQuery("SELECT t FROM TransitionEntity t WHERE t.requestId = :id ORDER BY t.at, t.id",
                            TransitionEntity.class).setParameter("id", id).getResultList().stream()
                    .map(t -> new Transition(t.id, t.action, t.fromStatus, t.toStatus, t.actor, UtcTimes.instant(t.at), t.note))
                    .toList();
        });
    }

    public ServiceRequest addAttachment(long id, AttachmentDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        validateAttachments(draft == null ? null : List.of(draft), "", errors);
        if (draft == null) {
            errors.add(FieldError.of("body", "required: {name, size, contentType, reference}"));
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ServiceRequestEntity entity = visible(em, id);
            scope.requireEnabled(entity.organizationId);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            long count = em.createQuery("SELECT COUNT(a) FROM AttachmentEntity a WHERE a.requestId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (count >= MAX_ATTACHMENTS) {
                throw new ConflictException("service request " + id + " has " + MAX_ATTACHMENTS + " attachments, the most it can have");
            }
            addAttachmentsIn(em, id, List.of(draft), actor, UtcTimes.now());
            audit.record("ATTACH", TYPE, id, draft.name().trim() + " (" + draft.size() + " bytes)", List.of());
            return toRecord(em, entity, UtcTimes.now());
        });
    }

    /**
     * Stores a file for the request in core's attachment store, in one transaction with the request's audit line.
     * The file's type and size are checked by the store (422 on {@code file}).
     */
    public ServiceRequest storeFile(long id, String fileName, byte[] bytes) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ServiceRequestEntity entity = visible(em, id);
            scope.requireEnabled(entity.organizationId);
            long count = em.createQuery("SELECT COUNT(a) FROM AttachmentEntity a WHERE a.requestId = :id", Long.class)
                    .setParameter("id", id).getSingleResult() + files.list(IndustrialModule.ID, RequestAttachmentOwners.OWNER_TYPE, id).size();
            if (count >= MAX_ATTACHMENTS) {
                throw new ConflictException("service request " + id + " has " + MAX_ATTACHMENTS + " attachments, the most it can have");
            }
            org.grassroots.core.api.attachment.Attachment stored = files.store(RequestAttachmentOwners.owner(entity), fileName, bytes);
            audit.record("ATTACH", TYPE, id, stored.fileName() + " (" + stored.sizeBytes() + " bytes, attachment "
                    + stored.id() + ")", List.of());
            return toRecord(em, entity, UtcTimes.now());
        });
    }

    /** One byte more than core's store accepts: enough to know a body is too large without reading all of it. */
    public int fileReadLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 8, files.maxBytes() + 1);
    }

    /** One page of the requests matching {@code query}; the path filter is in the query. */
    public Page<ServiceRequest> search(RequestQuery query, PageRequest page) {
        Filter filter = filter(query, UtcTimes.now());
        String orderBy = orderBy(page.sort());
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ServiceRequestEntity> select = em.createQuery(
                    "SELECT r FROM ServiceRequestEntity r" + filter.where + orderBy, ServiceRequestEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ServiceRequestEntity r" + filter.where, Long.class);
            filter.parameters.forEach((k, v) -> {
                select.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<ServiceRequestEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            return new Page<>(toRecords(em, rows), count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Every request matching {@code query} (for exports), at most {@code limit}. */
    public List<ServiceRequest> all(RequestQuery query, int limit) {
        Filter filter = filter(query, UtcTimes.now());
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ServiceRequestEntity> select = em.createQuery(
                    "SELECT r FROM ServiceRequestEntity r" + filter.where + orderBy(null), ServiceRequestEntity.class);
            filter.parameters.forEach(select::setParameter);
            return toRecords(em, select.setMaxResults(limit).getResultList());
        });
    }

    private record Filter(String where, Map<String, Object> parameters) {
    }

    static Filter filter(RequestQuery q, LocalDateTime now) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        clauses.add("r.orgPath LIKE :path");
        parameters.put("path", q.path() + "%");
        if (q.status() != null) {
            clauses.add("r.status = :status");
            parameters.put("status", q.status());
        }
        if (q.category() != null && !q.category().isBlank()) {
            clauses.add("r.category = :category");
            parameters.put("category", q.category().trim());
        }
        if (q.gridId() != null) {
            clauses.add("r.gridId = :grid");
            parameters.put("grid", q.gridId());
        }
        if (q.year() != null) {
            clauses.add("r.submittedAt >= :from AND r.submittedAt < :to");
            parameters.put("from", LocalDateTime.of(q.year(), 1, 1, 0, 0));
            parameters.put("to", LocalDateTime.of(q.year() + 1, 1, 1, 0, 0));
        }
        if (q.overdue() != null) {
            clauses.add(q.overdue() ? "r.status NOT IN :closed AND r.dueAt < :now"
                    : "(r.status IN :closed OR r.dueAt IS NULL OR r.dueAt >= :now)");
            parameters.put("closed", CLOSED);
            parameters.put("now", now);
        }
        if (q.text() != null && !q.text().isBlank()) {
            clauses.add("(LOWER(r.title) LIKE :text OR LOWER(r.description) LIKE :text)");
            parameters.put("text", "%" + q.text().trim().toLowerCase() + "%");
        }
        return new Filter(" WHERE " + String.join(" AND ", clauses), parameters);
    }

    private ServiceRequestEntity visible(EntityManager em, long id) {
        ServiceRequestEntity entity = em.find(ServiceRequestEntity.class, id);
        if (entity == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(entity.orgPath, TYPE, id);
        return entity;
    }

    private static CategoryEntity category(EntityManager em, String code, List<FieldError> errors) {
        CategoryEntity category = code == null ? null : em.find(CategoryEntity.class, code.trim());
        if (category == null) {
            List<String> codes = em.createQuery("SELECT c.code FROM CategoryEntity c ORDER BY c.code", String.class).getResultList();
            errors.add(FieldError.of("category", (code == null ? "required" : "unknown category '" + code + "'")
                    + "; one of " + String.join(", ", codes)));
        }
        return category;
    }

    private static void history(EntityManager em, long requestId, RequestAction action, RequestStatus from,
                                RequestStatus to, String actor, LocalDateTime at, String note) {
        TransitionEntity t = new TransitionEntity();
        t.requestId = requestId;
        t.action = action;
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = actor;
        t.at = at;
        t.note = note;
        em.persist(t);
    }

    static void validateAttachments(List<AttachmentDraft> drafts, String field, List<FieldError> errors) {
        if (drafts == null) {
            return;
        }
        if (drafts.size() > MAX_ATTACHMENTS) {
            errors.add(FieldError.of(field, "at most " + MAX_ATTACHMENTS + " attachments"));
        }
        for (int i = 0; i < drafts.size(); i++) {
            AttachmentDraft a = drafts.get(i);
            String prefix = field.isEmpty() ? "" : field + "[" + i + "].";
            if (a == null) {
                errors.add(FieldError.of(field + "[" + i + "]", "required"));
                continue;
            }
            if (a.name() == null || a.name().isBlank() || a.name().length() > 255) {
                errors.add(FieldError.of(prefix + "name", "required: the file name, at most 255 characters"));
            }
            if (a.size() == null || a.size() < 0) {
                errors.add(FieldError.of(prefix + "size", "required: the size in bytes, 0 or more"));
            }
            if (a.contentType() == null || !a.contentType().matches("[\\w.+-]+/[\\w.+-]+") || a.contentType().length() > 100) {
                errors.add(FieldError.of(prefix + "contentType", "required: a media type such as application/pdf"));
            }
            if (a.reference() == null || a.reference().isBlank() || a.reference().length() > 1000) {
                errors.add(FieldError.of(prefix + "reference", "required: where the file is kept (a URL or document number), at most 1000 characters"));
            }
        }
    }

    private static void addAttachmentsIn(EntityManager em, long requestId, List<AttachmentDraft> drafts, String actor,
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

    private List<ServiceRequest> toRecords(EntityManager em, List<ServiceRequestEntity> rows) {
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

    private ServiceRequest toRecord(EntityManager em, ServiceRequestEntity entity, LocalDateTime now) {
        List<Attachment> attachments = em.createQuery(
                        "SELECT a FROM AttachmentEntity a WHERE a.requestId = :id ORDER BY a.id", AttachmentEntity.class)
                .setParameter("id", entity.id).getResultList().stream().map(ServiceRequests::attachment)
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

    private void post(ServiceRequest request, String path, String actor) {
        events.post(IndustrialTopics.status(request.status()), request.id(), path, request.parkId(), request.category(),
                actor, Map.of());
    }

    /** The ORDER BY of a request list: {@link #SORTABLE} keys, newest first by default. */
    static String orderBy(String sort) {
        return Paging.orderBy(sort, SORTABLE, "r.submittedAt DESC, r.id DESC", "r.id");
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
