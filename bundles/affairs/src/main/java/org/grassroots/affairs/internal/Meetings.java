package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
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
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Planning, reading and listing meetings; the workflow steps are {@link MeetingSteps}. */
@Component(service = Meetings.class)
public class Meetings {
    static final String TYPE = "affairs.meeting";
    private static final Map<String, String> SORTABLE = Map.of("plannedOn", "m.plannedOn", "heldOn", "m.heldOn",
            "type", "m.type", "status", "m.status", "title", "m.title");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final FigureCache cache;
    private final Guides guides;
    private final PartyGroups groups;

    @Activate
    public Meetings(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                    @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                    @Reference AuditLog audit, @Reference MemberService members, @Reference FigureCache cache, @Reference Guides guides,
                    @Reference PartyGroups groups) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.members = members;
        this.cache = cache;
        this.guides = guides;
        this.groups = groups;
    }

    /** Plans a meeting of a Party organization in the caller's scope where the module is enabled. */
    public Meeting plan(MeetingDraft draft) {
        if (draft == null) {
            throw AffairsText.TEXT.invalid("body", "body.required", "{organizationId, type, title, plannedOn}");
        }
        Organization org = scope.enabledUnit(draft.organizationId(), "organizationId");
        FieldErrors errors = AffairsText.errors();
        if (draft.type() == null) {
            errors.add("type", "meeting.type.required");
        } else if (!ComplianceRules.applies(draft.type(), org.partyOrgType())) {
            errors.add("type", "meeting.type.notFor", draft.type(), org.name(), org.partyOrgType());
        }
        String title = trim(draft.title());
        if (title == null || title.length() > 200) {
            errors.add("title", "text.required", 200);
        }
        if (draft.topics() != null && draft.topics().length() > 2000) {
            errors.add("topics", "text.max", 2000);
        }
        if (draft.place() != null && draft.place().length() > 300) {
            errors.add("place", "text.max", 300);
        }
        if (draft.plannedOn() == null) {
            errors.add("plannedOn", "date.required");
        } else if (draft.plannedOn().getYear() < 2000 || draft.plannedOn().isAfter(LocalDate.now().plusYears(1))) {
            errors.add("plannedOn", "date.range.plan");
        }
        if (draft.type() == MeetingType.GROUP && draft.groupId() == null) {
            errors.add("groupId", "group.required");
        } else if (draft.type() != null && draft.type() != MeetingType.GROUP && draft.groupId() != null) {
            errors.add("groupId", "group.onlyGroupMeeting");
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            if (draft.guideId() != null) {
                guides.requireFor(em, draft.guideId(), org, draft.type());
            }
            if (draft.groupId() != null) {
                groups.requireFor(em, draft.groupId(), org);
            }
            MeetingEntity m = new MeetingEntity();
            m.guideId = draft.guideId();
            m.groupId = draft.groupId();
            m.organizationId = org.id();
            m.orgPath = org.path();
            m.type = draft.type();
            m.status = MeetingStatus.PLANNED;
            m.title = title;
            m.topics = trim(draft.topics());
            m.plannedOn = draft.plannedOn();
            m.place = trim(draft.place());
            m.plannedBy = actor;
            m.plannedAt = UtcTimes.now();
            em.persist(m);
            em.flush();
            audit.record("PLAN", TYPE, m.id, m.type.label() + " " + m.title + " " + m.plannedOn,
                    List.of(new FieldChange("status", null, m.status.name())));
            return toRecord(em, m);
        }));
    }

    public Meeting get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    /** One page of the meetings of a unit's subtree, filtered in the query. */
    public Page<Meeting> search(MeetingQuery query, PageRequest page) {
        Organization unit = scope.enabledUnit(query.unit(), "unit");
        StringBuilder where = new StringBuilder(" WHERE m.orgPath LIKE :path");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("path", unit.path() + "%");
        if (query.year() != null) {
            where.append(" AND m.plannedOn >= :from AND m.plannedOn < :to");
            parameters.put("from", LocalDate.of(query.year(), 1, 1));
            parameters.put("to", LocalDate.of(query.year() + 1, 1, 1));
        }
        if (query.type() != null) {
            where.append(" AND m.type = :type");
            parameters.put("type", query.type());
        }
        if (query.status() != null) {
            where.append(" AND m.status = :status");
            parameters.put("status", query.status());
        }
        String orderBy = Paging.orderBy(page.sort(), SORTABLE, "m.plannedOn DESC, m.id DESC", "m.id");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<MeetingEntity> select = em.createQuery("SELECT m FROM MeetingEntity m" + where + orderBy, MeetingEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM MeetingEntity m" + where, Long.class);
            parameters.forEach((k, v) -> {
                select.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<Meeting> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(m -> toRecord(m, List.of())).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    MeetingEntity visible(EntityManager em, long id) {
        MeetingEntity m = em.find(MeetingEntity.class, id);
        if (m == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(m.orgPath, TYPE, id);
        return m;
    }

    /** The meeting with its attendance (member names through core's references: no personal data is read). */
    Meeting toRecord(EntityManager em, MeetingEntity m) {
        List<AttendanceLine> lines = new ArrayList<>();
        for (AttendanceEntity a : em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.meetingId = :id ORDER BY a.present DESC, a.id",
                AttendanceEntity.class).setParameter("id", m.id).getResultList()) {
            String name = members.reference(a.memberId).map(MemberReference::name).orElse(null);
            lines.add(new AttendanceLine(a.memberId, name, a.present == 1, a.reason, a.present == 1 || a.excused == 1));
        }
        return toRecord(m, lines);
    }

    Meeting toRecord(MeetingEntity m, List<AttendanceLine> attendance) {
        return new Meeting(m.id, m.organizationId, scope.name(m.organizationId), m.type, m.status, m.title, m.topics,
                m.plannedOn, m.place, m.heldOn, m.chairMemberId, m.recorderMemberId, m.lecturerMemberId, m.bySecretary == 1,
                m.entitled, m.present, m.counted == 1, m.summary, m.reviewNote, m.returnCount, attendance,
                MeetingWorkflow.allowed(m.status), m.plannedBy, UtcTimes.instant(m.plannedAt), m.heldBy,
                UtcTimes.instant(m.heldAt), m.submittedBy, UtcTimes.instant(m.submittedAt), m.reviewedBy,
                UtcTimes.instant(m.reviewedAt), m.archivedBy, UtcTimes.instant(m.archivedAt), m.cancelReason, m.guideId, m.groupId, m.version);
    }

    /** Whether a meeting type applies to the organization (for shell completion and the console). */
    static boolean plannable(MeetingType type, Organization org) {
        return ComplianceRules.applies(type, org.partyOrgType());
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
