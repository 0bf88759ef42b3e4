package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Cultivation tracking (跟踪培养): contacts with a model from the 培养 stage on, each with the member responsible and
 * the date of the next contact. The latest record of a model carries the due date; once it has passed without a
 * newer contact, {@link #notifyDue} tells the model's unit (its secretaries and administrators) and the account that
 * recorded it, once per record.
 */
@Component(service = Trackings.class)
public class Trackings {
    static final String TYPE = "rolemodel.tracking";
    private static final String LATEST = "NOT EXISTS (SELECT n FROM TrackingEntity n WHERE n.modelId = t.modelId AND "
            + "(n.contactedOn > t.contactedOn OR (n.contactedOn = t.contactedOn AND n.id > t.id)))";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final RoleModels models;
    private final MemberService members;
    private final Notifications notifications;

    @Activate
    public Trackings(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                     @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                     @Reference AuditLog audit, @Reference RoleModels models, @Reference MemberService members,
                     @Reference Notifications notifications) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
        this.models = models;
        this.members = members;
        this.notifications = notifications;
    }

    public Tracking record(long modelId, TrackingDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate on = errors.date("contactedOn", draft.contactedOn(), Inputs.EARLIEST, LocalDate.now(), true);
        MemberReference responsible = null;
        if (draft.responsibleMemberId() == null) {
            errors.required("responsibleMemberId", null);
        } else {
            responsible = members.reference(draft.responsibleMemberId()).orElse(null);
            if (responsible == null) {
                errors.add("responsibleMemberId", RoleModelText.TEXT.message("member.unknown", draft.responsibleMemberId()));
            }
        }
        String note = errors.note("note", draft.note(), 2000, true);
        LocalDate next = errors.date("nextContactOn", draft.nextContactOn(), Inputs.EARLIEST, Inputs.latestPlanned(), false);
        if (on != null && next != null && !next.isAfter(on)) {
            errors.add("nextContactOn", RoleModelText.TEXT.message("tracking.nextAfter", on));
        }
        errors.throwIfAny();
        String actor = scope.actor();
        MemberReference person = responsible;
        return jpa.txExpr(TransactionType.Required, em -> {
            ModelEntity m = models.forRecord(em, modelId);
            if (!Lifecycle.cultivated(m.stage)) {
                throw RoleModelText.TEXT.conflict("tracking.notCultivating", m.name, StageAction.CULTIVATE);
            }
            TrackingEntity t = recordIn(em, m, on, person.id(), person.name(), note, next, actor);
            audit.record("CREATE", TYPE, t.id, m.name + " " + on, List.of(new FieldChange("nextContactOn", null, String.valueOf(next))));
            return toRecord(t);
        });
    }

    TrackingEntity recordIn(EntityManager em, ModelEntity m, LocalDate on, long responsibleId, String responsibleName, String note,
                            LocalDate next, String actor) {
        TrackingEntity t = new TrackingEntity();
        t.modelId = m.id;
        t.organizationId = m.organizationId;
        t.orgPath = m.orgPath;
        t.contactedOn = on;
        t.responsibleId = responsibleId;
        t.responsibleName = responsibleName;
        t.note = note;
        t.nextContactOn = next;
        t.recordedAt = UtcTimes.now();
        t.recordedBy = actor;
        em.persist(t);
        return t;
    }

    public List<Tracking> of(long modelId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            models.visible(em, modelId);
            return em.createQuery("SELECT t FROM TrackingEntity t WHERE t.modelId = :id ORDER BY t.contactedOn DESC, t.id DESC",
                    TrackingEntity.class).setParameter("id", modelId).getResultList().stream().map(Trackings::toRecord).toList();
        });
    }

    /** The models of the subtree whose next contact date is before {@code today} with no newer contact. */
    public List<DueContact> due(Long unitId, LocalDate today) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> dueIn(em, unit.path(), today).stream()
                .map(t -> toDue(em, t, today)).toList());
    }

    private List<TrackingEntity> dueIn(EntityManager em, String path, LocalDate today) {
        return em.createQuery("SELECT t FROM TrackingEntity t WHERE t.orgPath LIKE :path AND t.nextContactOn < :today AND "
                        + LATEST + " ORDER BY t.nextContactOn, t.id", TrackingEntity.class)
                .setParameter("path", path + "%").setParameter("today", today).getResultList();
    }

    private DueContact toDue(EntityManager em, TrackingEntity t, LocalDate today) {
        ModelEntity m = em.find(ModelEntity.class, t.modelId);
        return new DueContact(t.modelId, m == null ? null : m.name, t.organizationId, scope.name(t.organizationId), t.responsibleName,
                t.nextContactOn, ChronoUnit.DAYS.between(t.nextContactOn, today));
    }

    /**
     * Notifies every overdue next contact of the subtree not notified yet; answers how many were sent. One transaction
     * per contact, its notification with its mark ({@code notifiedAt}): a district's run posts about a thousand, and one
     * transaction for all held their locks until its end while every inbox read of the platform waited on them; a run
     * that stops half-way leaves the contacts it reached marked.
     */
    public int notifyDue(String path, LocalDate today) {
        List<Long> due = jpa.txExpr(TransactionType.Supports, em -> dueIn(em, path, today).stream()
                .filter(t -> t.notifiedAt == null).map(t -> t.id).toList());
        int sent = 0;
        for (Long id : due) {
            sent += jpa.txExpr(TransactionType.Required, em -> notifyIn(em, id));
        }
        return sent;
    }

    private int notifyIn(EntityManager em, long trackingId) {
        TrackingEntity t = em.find(TrackingEntity.class, trackingId);
        ModelEntity m = t == null || t.notifiedAt != null ? null : em.find(ModelEntity.class, t.modelId);
        if (m == null) {
            return 0;
        }
        t.notifiedAt = UtcTimes.now();
        notifications.post(new NotificationDraft(RoleModelModule.ID, "rolemodel.tracking.due",
                LocalizedText.of("典型跟踪培养逾期未联系：" + m.name, "Cultivation contact overdue: " + m.name),
                LocalizedText.of("下次联系日期 " + t.nextContactOn + " 已过，责任人：" + t.responsibleName + "。请联系并登记跟踪培养记录。",
                        "The next contact was due on " + t.nextContactOn + " (responsible: " + t.responsibleName
                                + "). Contact the model and record it."),
                "#/m/" + RoleModelModule.ID + "/models/" + m.id, RoleModels.TYPE, m.id,
                t.nextContactOn.atStartOfDay().toInstant(ZoneOffset.ofHours(8))),
                List.of(Recipient.roleInUnit(Role.SECRETARY, m.organizationId), Recipient.roleInUnit(Role.UNIT_ADMIN, m.organizationId),
                        Recipient.account(t.recordedBy)));
        return 1;
    }

    static Tracking toRecord(TrackingEntity t) {
        return new Tracking(t.id, t.modelId, t.contactedOn, t.responsibleId, t.responsibleName, t.note, t.nextContactOn,
                UtcTimes.instant(t.notifiedAt), UtcTimes.instant(t.recordedAt), t.recordedBy);
    }
}
