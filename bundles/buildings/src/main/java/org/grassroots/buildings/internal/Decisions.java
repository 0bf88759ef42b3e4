package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Role;
import org.grassroots.core.api.text.Message;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Decisions of committee meetings and their follow-up: each has an owner and a due date; OPEN → IN_PROGRESS → DONE
 * (or OPEN → DONE) is enforced here (409 naming the allowed steps), every step is kept with who and when, and the
 * decisions past their due date are notified once to the building's accounts and its street or park administrators.
 */
@Component(service = Decisions.class)
public class Decisions {
    static final String TYPE = "buildings.decision";
    static final String OVERDUE_KIND = "buildings.decision.overdue";
    /** At most this many decisions per overdue run, so one transaction stays small; the next run takes the rest. */
    static final int BATCH = 500;
    private static final Map<String, String> SORT = Paging.fields("d", Set.of("dueOn", "status", "ownerName", "doneOn"));

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Notifications notifications;

    @Activate
    public Decisions(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                     @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema,
                     @Reference Buildings buildings, @Reference AuditLog audit, @Reference Notifications notifications) {
        this.jpa = jpa;
        this.scope = buildings.scope();
        this.audit = audit;
        this.notifications = notifications;
    }

    public Decision record(long meetingId, DecisionDraft draft) {
        MeetingEntity meeting = jpa.txExpr(TransactionType.Supports, em -> {
            return BuildingRecords.visible(em, scope, MeetingEntity.class, meetingId, "meeting", r -> r.orgPath);
        });
        scope.requireEnabled(meeting.buildingId);
        BuildingRecords.requireBody(draft, "{content, ownerName, dueOn}");
        ValidationException.Builder errors = ValidationException.builder();
        String content = errors.line("content", draft.content(), 1000, true);
        String owner = errors.line("ownerName", draft.ownerName(), 100, true);
        errors.date("dueOn", draft.dueOn(), meeting.heldOn, meeting.heldOn.plusYears(3), true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            DecisionEntity d = createIn(em, meeting, content, owner, draft.dueOn(), actor,
                    UtcTimes.now());
            audit.record("CREATE", TYPE, d.id, d.content + " (" + d.ownerName + ", " + d.dueOn + ")", List.of());
            return view(d);
        });
    }

    /** Stores a new open decision and its first step (also the demo data's way in). */
    static DecisionEntity createIn(EntityManager em, MeetingEntity meeting, String content, String owner, LocalDate dueOn,
                                   String actor, LocalDateTime at) {
        DecisionEntity d = new DecisionEntity();
        d.meetingId = meeting.id;
        d.buildingId = meeting.buildingId;
        d.orgPath = meeting.orgPath;
        d.content = content;
        d.ownerName = owner;
        d.dueOn = dueOn;
        d.status = DecisionStatus.OPEN;
        d.createdAt = at;
        d.createdBy = actor;
        d.updatedAt = at;
        d.updatedBy = actor;
        em.persist(d);
        em.flush();
        step(em, d.id, null, DecisionStatus.OPEN, actor, at);
        return d;
    }

    static void step(EntityManager em, long decisionId, DecisionStatus from, DecisionStatus to, String actor, LocalDateTime at) {
        DecisionStepEntity s = new DecisionStepEntity();
        s.decisionId = decisionId;
        s.fromStatus = from;
        s.toStatus = to;
        s.stepAt = at;
        s.stepBy = actor;
        em.persist(s);
    }

    /** Takes a step of the decision's follow-up: 409 naming the allowed steps when it is not one of them. */
    public Decision act(long id, long expectedVersion, DecisionAction action, LocalDate doneOn) {
        Decision current = get(id);
        scope.requireEnabled(current.buildingId());
        if (action == DecisionAction.COMPLETE && doneOn != null) {
            ValidationException.Builder errors = ValidationException.builder();
            BuildingRecords.pastDate(errors, "doneOn", doneOn, false);
            LocalDate heldOn = jpa.txExpr(TransactionType.Supports, em -> em.find(MeetingEntity.class, current.meetingId()).heldOn);
            if (doneOn.isBefore(heldOn) && errors.isEmpty()) {
                errors.add("doneOn", BuildingsText.TEXT.message("decision.doneBeforeMeeting", heldOn));
            }
            errors.throwIfAny();
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            DecisionEntity d = em.find(DecisionEntity.class, id);
            if (d.version != expectedVersion) {
                throw BuildingsText.TEXT.stale("decision", id, expectedVersion, d.version);
            }
            DecisionStatus next = d.status.after(action);
            if (next == null) {
                throw BuildingsText.TEXT.conflict("decision.illegal", d.status, action, allowedText(d.status));
            }
            LocalDateTime now = UtcTimes.now();
            DecisionStatus before = d.status;
            d.status = next;
            if (next == DecisionStatus.DONE) {
                d.doneOn = doneOn != null ? doneOn : LocalDate.now();
            }
            d.updatedAt = now;
            d.updatedBy = actor;
            step(em, d.id, before, next, actor, now);
            em.flush();
            audit.record(action.name(), TYPE, d.id, d.content, List.of(new FieldChange("status", before.name(), next.name())));
            return view(d);
        });
    }

    /** The allowed steps in both languages, by their labels ("开始推进、办结" / "Start, Complete"; "无" / "none"). */
    static Message allowedText(DecisionStatus status) {
        List<DecisionAction> allowed = status.allowed();
        if (allowed.isEmpty()) {
            return Message.of("无", "none");
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (DecisionAction a : allowed) {
            zh.append(zh.length() == 0 ? "" : "、").append(a.labels().zhCN());
            en.append(en.length() == 0 ? "" : ", ").append(a.labels().en());
        }
        return Message.of(zh.toString(), en.toString());
    }

    public Decision get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            return view(BuildingRecords.visible(em, scope, DecisionEntity.class, id, "decision", r -> r.orgPath));
        });
    }

    public List<DecisionStep> history(long id) {
        get(id);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT s FROM DecisionStepEntity s WHERE s.decisionId = :d "
                        + "ORDER BY s.stepAt, s.id", DecisionStepEntity.class).setParameter("d", id).getResultList().stream()
                .map(s -> new DecisionStep(s.fromStatus, s.toStatus, UtcTimes.instant(s.stepAt), s.stepBy)).toList());
    }

    List<Decision> ofMeeting(EntityManager em, long meetingId) {
        return em.createQuery("SELECT d FROM DecisionEntity d WHERE d.meetingId = :m ORDER BY d.id", DecisionEntity.class)
                .setParameter("m", meetingId).getResultList().stream().map(this::view).toList();
    }

    /** Decisions under {@code unit} (checked: in scope, enabled), of one status, only the overdue ones, due in a year. */
    public Page<Decision> search(Long unit, DecisionStatus status, Boolean overdue, Integer year, PageRequest page) {
        Organization under = scope.enabledUnit(unit, "unit");
        StringBuilder where = new StringBuilder(" WHERE d.orgPath LIKE :under");
        if (status != null) {
            where.append(" AND d.status = :status");
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" AND d.status <> :done AND d.dueOn < :today");
        }
        if (year != null) {
            where.append(" AND d.dueOn >= :from AND d.dueOn < :to");
        }
        String order = Paging.orderBy(page.sort(), SORT, "d.dueOn", "d.id");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<DecisionEntity> select = em.createQuery("SELECT d FROM DecisionEntity d" + where + order, DecisionEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM DecisionEntity d" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("under", under.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (Boolean.TRUE.equals(overdue)) {
                    q.setParameter("done", DecisionStatus.DONE).setParameter("today", LocalDate.now());
                }
                if (year != null) {
                    q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
                }
            }
            List<Decision> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(this::view).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /**
     * Notifies the decisions overdue on {@code today} that were not notified before (at most {@link #BATCH}): the
     * building's own accounts and the administrators of the street or park above it, in the transaction that marks them.
     * Only the decisions in the caller's scope (all of them for the system caller of the periodic check).
     */
    public OverdueRun notifyOverdue(LocalDate today) {
        String within = scope.scopePattern();
        List<Long> notified = jpa.txExpr(TransactionType.Required, em -> {
            List<Long> ids = new ArrayList<>();
            LocalDateTime now = UtcTimes.now();
            for (DecisionEntity d : em.createQuery("SELECT d FROM DecisionEntity d WHERE d.status <> :done AND d.dueOn < :today "
                            + "AND d.overdueNotifiedAt IS NULL AND d.orgPath LIKE :within ORDER BY d.dueOn, d.id", DecisionEntity.class)
                    .setParameter("within", within).setParameter("done", DecisionStatus.DONE).setParameter("today", today).setMaxResults(BATCH).getResultList()) {
                d.overdueNotifiedAt = now;
                String building = scope.name(d.buildingId);
                String brief = d.content.length() <= 100 ? d.content : d.content.substring(0, 99) + "…";
                List<Recipient> to = new ArrayList<>();
                to.add(Recipient.unit(d.buildingId));
                Long parent = parentOf(d.orgPath);
                to.add(parent == null ? Recipient.role(Role.DISTRICT_ADMIN) : Recipient.roleInUnit(Role.UNIT_ADMIN, parent));
                notifications.post(new NotificationDraft(BuildingsModule.ID, OVERDUE_KIND,
                        LocalizedText.of("楼委会决议逾期未办结：" + building + " " + brief, "Committee decision overdue: " + building + " " + brief),
                        LocalizedText.of("责任人 " + d.ownerName + "，办结时限 " + d.dueOn + "。", "Owner " + d.ownerName + ", due " + d.dueOn + "."),
                        "#/m/" + BuildingsModule.ID + "/decisions", TYPE, d.id, d.dueOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()), to);
                audit.record("OVERDUE", TYPE, d.id, d.content + " (due " + d.dueOn + ")", List.of());
                ids.add(d.id);
            }
            em.flush();
            return ids;
        });
        return new OverdueRun(notified.size(), notified);
    }

    /** The unit above the building in a stored path {@code /1/7/42/} (7), or null for a building at the root. */
    static Long parentOf(String path) {
        String[] parts = path.split("/");
        List<String> ids = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                ids.add(part);
            }
        }
        return ids.size() < 2 ? null : Long.valueOf(ids.get(ids.size() - 2));
    }

    /** Figures of the decisions due in {@code year} under a path: due, closed on time, closed late, overdue and open. */
    long[] figures(String under, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        LocalDate today = LocalDate.now();
        return jpa.txExpr(TransactionType.Supports, em -> {
            long[] result = new long[4];
            for (Object[] row : em.createQuery("SELECT d.status, d.dueOn, d.doneOn FROM DecisionEntity d WHERE d.orgPath LIKE :under "
                    + "AND d.dueOn >= :from AND d.dueOn < :to", Object[].class).setParameter("under", under)
                    .setParameter("from", from).setParameter("to", to).getResultList()) {
                result[0]++;
                LocalDate due = (LocalDate) row[1];
                LocalDate done = (LocalDate) row[2];
                if (row[0] == DecisionStatus.DONE) {
                    result[done.isAfter(due) ? 2 : 1]++;
                } else if (due.isBefore(today)) {
                    result[3]++;
                }
            }
            return result;
        });
    }

    private Decision view(DecisionEntity d) {
        boolean overdue = d.status != DecisionStatus.DONE && d.dueOn.isBefore(LocalDate.now());
        return new Decision(d.id, d.meetingId, d.buildingId, scope.name(d.buildingId), d.content, d.ownerName, d.dueOn, d.status,
                d.doneOn, overdue, d.status.allowed(), UtcTimes.instant(d.createdAt), d.createdBy, UtcTimes.instant(d.updatedAt),
                d.updatedBy, d.version);
    }
}
