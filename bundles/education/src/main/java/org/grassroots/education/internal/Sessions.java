package org.grassroots.education.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.text.Texts;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Training sessions (集中培训): planned by a unit for its target organizations, held (the attendance of the whole
 * roster recorded, which credits the session's hours to every member present), corrected while held, archived
 * (frozen), or cancelled with a reason before they take place. Start and end are the local time in China.
 */
@Component(service = Sessions.class)
public class Sessions {
    static final String TYPE = "education.session";
    public static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> SORT = Paging.fields("s", Set.of("startsAt", "title", "status"));

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Rosters rosters;
    private final SessionRules rules;
    private final Credits credits;
    private final Reminders reminders;

    @Activate
    public Sessions(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                    @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                    @Reference AuditLog audit, @Reference Rosters rosters, @Reference SessionRules rules,
                    @Reference Credits credits, @Reference Reminders reminders) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.audit = audit;
        this.rosters = rosters;
        this.rules = rules;
        this.credits = credits;
        this.reminders = reminders;
    }

    public Session plan(SessionDraft draft) {
        if (draft == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        Organization unit = scope.enabledUnit(draft.unitId(), "unitId");
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            rules.validate(em, unit, draft);
            SessionEntity s = createIn(em, unit, draft, actor);
            audit.record("CREATE", TYPE, s.id, s.title, List.of(new FieldChange("startsAt", null, String.valueOf(s.startsAt))));
            reminders.sessionPlanned(s.id, s.title, s.startsAt.toString().replace('T', ' '), targetIds(em, s.id));
            return toRecord(em, s);
        });
    }

    /** Changes a planned session (targets replaced); held, archived and cancelled sessions keep what they were. */
    public Session update(long id, long version, SessionDraft draft) {
        if (draft == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = current(em, id, version);
            if (s.status != SessionStatus.PLANNED) {
                throw EducationMessages.TEXT.conflict("session.notPlanned", id, s.status);
            }
            if (draft.unitId() != null && draft.unitId() != s.unitId) {
                throw EducationMessages.TEXT.invalid("unitId", "session.unitFixed");
            }
            rules.validate(em, scope.unit(s.unitId, "unitId"), draft);
            String before = s.title + " " + s.startsAt;
            apply(s, draft);
            em.createQuery("DELETE FROM EduTarget t WHERE t.sessionId = :id").setParameter("id", id).executeUpdate();
            targets(em, s.id, draft.targetUnitIds());
            SessionTrainees.creditedHoursChanged(em, s.id, s.creditedHours);
            em.flush();
            audit.record("UPDATE", TYPE, id, s.title, List.of(new FieldChange("session", before, s.title + " " + s.startsAt)));
            return toRecord(em, s);
        });
    }

    /**
     * Records the session as held (or corrects a held session's attendance): everyone on the roster is present,
     * excused or absent; the members present are credited the session's hours.
     */
    public Session attendance(long id, long version, SessionAction action, AttendanceDraft draft) {
        AttendanceDraft given = draft == null ? new AttendanceDraft(List.of(), List.of()) : draft;
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = current(em, id, version);
            SessionStatus to = Workflows.SESSION.next(id, s.status, action);
            if (action == SessionAction.HOLD && s.startsAt.isAfter(LocalDateTime.now(LOCAL))) {
                throw EducationMessages.TEXT.conflict("session.notStarted", id, s.startsAt.toString().replace('T', ' '));
            }
            Map<Long, Rosters.Entry> roster = rosters.of(targetIds(em, id));
            Map<Long, AttendanceStatus> marks = SessionRules.marks(roster.keySet(), given, s.capacity);
            String before = s.presentCount + "/" + s.rosterSize;
            record(em, s, roster, marks, actor);
            s.status = to;
            if (action == SessionAction.HOLD) {
                s.heldAt = UtcTimes.now();
                s.heldBy = actor;
            }
            em.flush();
            audit.record(action.name(), TYPE, id, s.title, List.of(new FieldChange("present", before, s.presentCount + "/" + s.rosterSize)));
            return toRecord(em, s);
        });
    }

    /** Archives a held session or cancels a planned one ({@code reason} required to cancel). */
    public Session close(long id, long version, SessionAction action, String reason) {
        if (action == SessionAction.CANCEL && (Texts.isBlank(reason) || TextFields.tooLong(reason, 1000))) {
            throw EducationMessages.TEXT.invalid("reason", "session.reasonRequired");
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = current(em, id, version);
            SessionStatus from = s.status;
            s.status = Workflows.SESSION.next(id, s.status, action);
            s.closedAt = UtcTimes.now();
            s.closedBy = actor;
            if (action == SessionAction.CANCEL) {
                s.cancelReason = reason.trim();
            }
            em.flush();
            audit.record(action.name(), TYPE, id, s.title, List.of(new FieldChange("status", from.name(), s.status.name())));
            return toRecord(em, s);
        });
    }

    public Session get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    /** The roster with each member's attendance (null while the session is planned). */
    public List<RosterEntry> roster(long id) {
        SessionEntity s = jpa.txExpr(TransactionType.Supports, em -> visible(em, id));
        if (s.status == SessionStatus.PLANNED || s.status == SessionStatus.CANCELLED) {
            List<Long> targets = jpa.txExpr(TransactionType.Supports, em -> targetIds(em, id));
            java.util.Set<Long> checkedIn = new java.util.HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "SELECT c.memberId FROM EduCheckIn c WHERE c.sessionId = :id", Long.class).setParameter("id", id).getResultList()));
            return rosters.of(targets).values().stream().map(e -> new RosterEntry(e.memberId(), e.name(), e.unitId(),
                    scope.name(e.unitId()), null, checkedIn.contains(e.memberId()))).toList();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        rosters.of(jpa.txExpr(TransactionType.Supports, em -> targetIds(em, id))).values().forEach(e -> names.put(e.memberId(), e.name()));
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT a FROM EduAttendance a WHERE a.sessionId = :id ORDER BY a.id", AttendanceEntity.class)
                .setParameter("id", id).getResultList().stream()
                .map(a -> new RosterEntry(a.memberId, names.getOrDefault(a.memberId, String.valueOf(a.memberId)), a.unitId,
                        scope.name(a.unitId), a.status, false)).toList());
    }

    public Page<Session> search(SessionQuery query, PageRequest page) {
        String order = Paging.orderBy(page.sort(), SORT, "s.startsAt DESC", "s.id");
        // the sessions organized in the subtree and those for its organizations (a street's session for a branch)
        String where = " WHERE (s.orgPath LIKE :path OR EXISTS (SELECT t.id FROM EduTarget t WHERE t.sessionId = s.id"
                + " AND t.orgPath LIKE :path))" + (query.programId() == null ? "" : " AND s.programId = :program")
                + (query.status() == null ? "" : " AND s.status = :status")
                + (query.year() == null ? "" : " AND s.startsAt >= :from AND s.startsAt < :to");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<SessionEntity> select = em.createQuery("SELECT s FROM EduSession s" + where + order, SessionEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM EduSession s" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", query.path() + "%");
                if (query.programId() != null) {
                    q.setParameter("program", query.programId());
                }
                if (query.status() != null) {
                    q.setParameter("status", query.status());
                }
                if (query.year() != null) {
                    q.setParameter("from", LocalDateTime.of(query.year(), 1, 1, 0, 0))
                            .setParameter("to", LocalDateTime.of(query.year() + 1, 1, 1, 0, 0));
                }
            }
            List<Session> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(s -> toRecord(em, s)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Writes a planned session (the demo loader and {@link #plan}; checks were done by the caller). */
    SessionEntity createIn(EntityManager em, Organization unit, SessionDraft draft, String actor) {
        SessionEntity s = new SessionEntity();
        s.unitId = unit.id();
        s.orgPath = unit.path();
        s.status = SessionStatus.PLANNED;
        s.createdAt = UtcTimes.now();
        s.createdBy = actor;
        s.checkInCode = CheckIns.newCode();
        apply(s, draft);
        em.persist(s);
        em.flush();
        targets(em, s.id, draft.targetUnitIds());
        return s;
    }

    /** Replaces the session's attendance rows and its credits with the marks given. */
    void record(EntityManager em, SessionEntity s, Map<Long, Rosters.Entry> roster, Map<Long, AttendanceStatus> marks, String actor) {
        em.createQuery("DELETE FROM EduAttendance a WHERE a.sessionId = :id").setParameter("id", s.id).executeUpdate();
        int present = 0;
        List<Rosters.Entry> attended = new ArrayList<>();
        for (Rosters.Entry e : roster.values()) {
            AttendanceEntity a = new AttendanceEntity();
            a.sessionId = s.id;
            a.memberId = e.memberId();
            a.unitId = e.unitId();
            a.orgPath = e.path();
            a.status = marks.get(e.memberId());
            em.persist(a);
            if (a.status == AttendanceStatus.PRESENT) {
                present++;
                attended.add(e);
            }
        }
        s.rosterSize = roster.size();
        s.presentCount = present;
        credits.replaceSessionCredits(em, s, attended, actor);
    }

    private void apply(SessionEntity s, SessionDraft d) {
        s.programId = d.programId();
        s.title = d.title().trim();
        s.startsAt = d.startsAt();
        s.endsAt = d.endsAt();
        s.siteId = d.siteId();
        s.routeId = d.routeId();
        s.capacity = d.capacity();
        s.creditedHours = StudyHours.of(d.creditedHours());
    }

    private void targets(EntityManager em, long sessionId, List<Long> unitIds) {
        for (Long unitId : new LinkedHashSet<>(unitIds)) {
            TargetEntity t = new TargetEntity();
            t.sessionId = sessionId;
            t.unitId = unitId;
            t.orgPath = scope.path(unitId);
            em.persist(t);
        }
    }

    static List<Long> targetIds(EntityManager em, long sessionId) {
        return em.createQuery("SELECT t.unitId FROM EduTarget t WHERE t.sessionId = :id ORDER BY t.id", Long.class)
                .setParameter("id", sessionId).getResultList();
    }

    /** A session to change: only the organizer's side acts on it (the target organizations read it). */
    private SessionEntity current(EntityManager em, long id, long version) {
        SessionEntity s = organizing(em, id);
        if (s.version != version) {
            throw ConflictException.stale(TYPE, id, version, s.version);
        }
        return s;
    }

    /** A session the caller's side organizes (only it changes the session, its attendance and its trainees). */
    SessionEntity organizing(EntityManager em, long id) {
        SessionEntity s = visible(em, id);
        scope.requireVisible(s.orgPath, TYPE, id);
        scope.requireEnabled(s.unitId);
        return s;
    }

    /** A session the caller may read: organized in their scope, or for a target organization in it. */
    SessionEntity visible(EntityManager em, long id) {
        SessionEntity s = em.find(SessionEntity.class, id);
        if (s == null) {
            throw new NotFoundException(TYPE, id);
        }
        if (!scope.inScope(s.unitId) && targetIds(em, id).stream().noneMatch(scope::inScope)) {
            throw new NotFoundException(TYPE, id);
        }
        return s;
    }

    private Session toRecord(EntityManager em, SessionEntity s) {
        List<Long> targets = targetIds(em, s.id);
        String program = s.programId == null ? null : em.createQuery("SELECT p.name FROM EduProgram p WHERE p.id = :id", String.class)
                .setParameter("id", s.programId).getResultList().stream().findFirst().orElse(null);
        String site = s.siteId == null ? null : em.createQuery("SELECT x.name FROM EduSite x WHERE x.id = :id", String.class)
                .setParameter("id", s.siteId).getResultList().stream().findFirst().orElse(null);
        String route = s.routeId == null ? null : em.createQuery("SELECT r.name FROM EduRoute r WHERE r.id = :id", String.class)
                .setParameter("id", s.routeId).getResultList().stream().findFirst().orElse(null);
        Double rate = s.status.held() && s.rosterSize > 0 ? Math.round(1000.0 * s.presentCount / s.rosterSize) / 10.0 : null;
        return new Session(s.id, s.programId, program, s.unitId, scope.name(s.unitId), s.title, s.startsAt, s.endsAt,
                s.siteId, site, s.routeId, route, s.capacity, s.creditedHours, targets,
                targets.stream().map(scope::name).toList(), s.status, s.cancelReason, s.rosterSize, s.presentCount, rate,
                UtcTimes.instant(s.createdAt), s.createdBy, UtcTimes.instant(s.heldAt), s.heldBy,
                UtcTimes.instant(s.closedAt), s.closedBy, Workflows.SESSION.allowed(s.status), s.checkInCode, s.version);
    }
}
