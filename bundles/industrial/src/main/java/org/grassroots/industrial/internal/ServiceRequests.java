package org.grassroots.industrial.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.industrial.IndustrialTopics;
import org.grassroots.industrial.RequestAction;
import org.grassroots.industrial.RequestStatus;
import org.grassroots.industrial.ServiceRequest.Transition;
import org.grassroots.industrial.ServiceRequest;
import org.grassroots.industrial.ServiceRequestDraft;
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

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final IndustrialEvents events;
    private final RequestRecords records;

    @Activate
    public ServiceRequests(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                           @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes, @Reference AuditLog audit,
                           @Reference IndustrialEvents events, @Reference RequestRecords records) {
        this.jpa = jpa;
        this.scope = scopes.of(IndustrialModule.ID);
        this.audit = audit;
        this.events = events;
        this.records = records;
    }

    /** Submits a request for an enterprise in the caller's scope where the module is enabled. */
    public ServiceRequest submit(ServiceRequestDraft draft) {
        if (draft == null) {
            throw IndustrialMessages.TEXT.invalid("body", "body.required", "{organizationId, category, title, description}");
        }
        Organization enterprise = scope.enabledUnit(draft.organizationId(), "organizationId");
        ValidationException.Builder errors = ValidationException.builder();
        if (enterprise.unitType() != UnitType.ENTERPRISE) {
            errors.add("organizationId", IndustrialMessages.TEXT.message("unit.notEnterprise", enterprise.name(), enterprise.unitType()));
        }
        Long parkId = scope.nearest(enterprise, UnitType.PARK).map(Organization::id).orElse(null);
        Long gridId = scope.nearest(enterprise, UnitType.GRID).map(Organization::id).orElse(null);
        String title = TextFields.trimmed(draft.title());
        if (title == null) {
            errors.add("title", IndustrialMessages.TEXT.message("required"));
        } else if (title.length() > 200) {
            errors.add("title", IndustrialMessages.TEXT.message("tooLong", 200));
        }
        if (draft.description() != null && draft.description().length() > 4000) {
            errors.add("description", IndustrialMessages.TEXT.message("tooLong", 4000));
        }
        if (draft.contactName() != null && draft.contactName().length() > 100) {
            errors.add("contactName", IndustrialMessages.TEXT.message("tooLong", 100));
        }
        RequestAttachments.validateAttachments(draft.attachments(), "attachments", errors);
        String actor = scope.actor();
        Long memberId = scope.caller().memberId();
        ServiceRequest created = jpa.txExpr(TransactionType.Required, em -> {
            CategoryEntity category = category(em, draft.category(), errors);
            if (draft.serviceId() != null) {
                ServiceEntity service = em.find(ServiceEntity.class, draft.serviceId());
                if (service == null || parkId == null || service.parkId != parkId) {
                    errors.add("serviceId", IndustrialMessages.TEXT.message("request.service.unknown", draft.serviceId()));
                }
            }
            if (!errors.isEmpty()) {
                throw errors.build();
            }
            ServiceRequestEntity entity = submitIn(em, enterprise, parkId, gridId, category, draft.serviceId(), title,
                    TextFields.trimmed(draft.description()), TextFields.trimmed(draft.contactName()), actor, memberId, UtcTimes.now());
            RequestAttachments.addAttachmentsIn(em, entity.id, draft.attachments(), actor, entity.submittedAt);
            em.flush();
            audit.record("SUBMIT", TYPE, entity.id, entity.title + " (" + entity.category + ", due " + entity.dueAt + ")",
                    List.of(new FieldChange("status", null, entity.status.name())));
            return records.toRecord(em, entity, UtcTimes.now());
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
        return jpa.txExpr(TransactionType.Supports, em -> records.toRecord(em, records.visible(em, id), UtcTimes.now()));
    }

    /** Moves the request on by {@code action}, if its state allows it and {@code version} is current. */
    public ServiceRequest step(long id, long version, RequestAction action, WorkflowStep step) {
        String actor = scope.actor();
        String[] path = new String[1];
        ServiceRequest moved = jpa.txExpr(TransactionType.Required, em -> {
            ServiceRequestEntity entity = records.visible(em, id);
            path[0] = entity.orgPath;
            scope.requireEnabled(entity.organizationId);
            if (entity.version != version) {
                throw IndustrialMessages.TEXT.stale(TYPE, id, version, entity.version);
            }
            RequestStatus before = entity.status;
            stepIn(em, entity, action, step, actor, UtcTimes.now());
            em.flush();
            audit.record(action.name(), TYPE, id, RequestWorkflow.note(action, step == null ? WorkflowStep.empty() : step),
                    List.of(new FieldChange("status", before.name(), entity.status.name())));
            return records.toRecord(em, entity, UtcTimes.now());
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
                entity.assigneeDepartment = TextFields.trimmed(step.assigneeDepartment());
            }
            case RESOLVE -> {
                entity.resolution = step.resolution().trim();
                entity.resolvedAt = at;
            }
            case RATE -> {
                entity.rating = step.rating();
                entity.ratingComment = TextFields.trimmed(step.comment());
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
            records.visible(em, id);
            return em.createQuery("SELECT t FROM TransitionEntity t WHERE t.requestId = :id ORDER BY t.at, t.id",
                            TransitionEntity.class).setParameter("id", id).getResultList().stream()
                    .map(t -> new Transition(t.id, t.action, t.fromStatus, t.toStatus, t.actor, UtcTimes.instant(t.at), t.note))
                    .toList();
        });
    }

    private static CategoryEntity category(EntityManager em, String code, ValidationException.Builder errors) {
        CategoryEntity category = code == null ? null : em.find(CategoryEntity.class, code.trim());
        if (category == null) {
            List<CategoryEntity> all = em.createQuery("SELECT c FROM CategoryEntity c ORDER BY c.code", CategoryEntity.class)
                    .getResultList();
            Message choices = locale -> Languages.isEnglish(locale)
                    ? all.stream().map(c -> c.code).collect(java.util.stream.Collectors.joining(", "))
                    : all.stream().map(c -> c.nameZh).collect(java.util.stream.Collectors.joining("、"));
            errors.add("category", code == null ? IndustrialMessages.TEXT.message("category.required", choices)
                    : IndustrialMessages.TEXT.message("category.unknown", code, choices));
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

    private void post(ServiceRequest request, String path, String actor) {
        events.post(IndustrialTopics.status(request.status()), request.id(), path, request.parkId(), request.category(),
                actor, Map.of());
    }

}
