package org.grassroots.buildings.internal;

import java.time.LocalDate;
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
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Building committees (楼委会): one per building, its members (drawn from the building's enterprises, Party
 * organizations and property management, with posts and terms; one director at a time) and its meetings.
 */
@Component(service = Committees.class)
public class Committees {
    static final String TYPE = "buildings.committee";
    static final String MEMBER_TYPE = "buildings.committeeMember";
    static final String MEETING_TYPE = "buildings.meeting";
    static final int MAX_ATTENDEES = 500;
    private static final Map<String, String> MEETING_SORT = Paging.fields("m", Set.of("heldOn", "topic", "attendees"));

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Buildings buildings;
    private final Decisions decisions;

    @Activate
    public Committees(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                      @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema,
                      @Reference Buildings buildings, @Reference Decisions decisions, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.buildings = buildings;
        this.decisions = decisions;
        this.scope = buildings.scope();
        this.audit = audit;
    }

    public Committee create(CommitteeDraft draft) {
        BuildingRecords.requireBody(draft, "{buildingId, name, establishedOn}");
        Organization building = buildings.building(draft.buildingId(), "buildingId");
        ValidationException.Builder errors = ValidationException.builder();
        String name = errors.line("name", draft.name(), 100, true);
        BuildingRecords.pastDate(errors, "establishedOn", draft.establishedOn(), true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createQuery("SELECT c.id FROM CommitteeEntity c WHERE c.buildingId = :b", Long.class)
                    .setParameter("b", building.id()).getResultList().isEmpty()) {
                throw BuildingsText.TEXT.conflict("committee.exists", building.name());
            }
            CommitteeEntity c = new CommitteeEntity();
            c.buildingId = building.id();
            c.orgPath = building.path();
            c.name = name;
            c.establishedOn = draft.establishedOn();
            c.createdAt = UtcTimes.now();
            c.createdBy = actor;
            em.persist(c);
            em.flush();
            audit.record("CREATE", TYPE, c.id, building.name() + ": " + c.name, List.of());
            return view(em, c);
        });
    }

    public Committee get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> view(em, load(em, id)));
    }

    private CommitteeEntity load(EntityManager em, long id) {
        return BuildingRecords.visible(em, scope, CommitteeEntity.class, id, "committee", r -> r.orgPath);
    }

    /** The committees of the buildings under {@code unit} (checked: in scope, enabled). */
    public Page<Committee> search(Long unit, PageRequest page) {
        Organization under = scope.enabledUnit(unit, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> BuildingRecords.under(em, CommitteeEntity.class, under.path(),
                "r.establishedOn, r.id", page, c -> view(em, c)));
    }

    public CommitteeMember addMember(long committeeId, CommitteeMemberDraft draft) {
        Committee committee = get(committeeId);
        scope.requireEnabled(committee.buildingId());
        BuildingRecords.requireBody(draft, "{personName, side, represents, post, termFrom, termTo}");
        ValidationException.Builder errors = ValidationException.builder();
        String personName = errors.line("personName", draft.personName(), 50, true);
        String represents = errors.line("represents", draft.represents(), 200, true);
        errors.required("side", draft.side()).required("post", draft.post());
        errors.date("termFrom", draft.termFrom(), BuildingRecords.EARLIEST, LocalDate.now().plusYears(10), true);
        if (draft.termTo() == null) {
            errors.required("termTo", null);
        } else if (draft.termFrom() != null && !draft.termTo().isAfter(draft.termFrom())) {
            errors.add("termTo", BuildingsText.TEXT.message("committee.term"));
        } else if (draft.termFrom() != null && draft.termTo().isAfter(draft.termFrom().plusYears(10))) {
            errors.add("termTo", BuildingsText.TEXT.message("committee.termLength", 10));
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            CommitteeEntity c = em.find(CommitteeEntity.class, committeeId);
            if (draft.post() == CommitteePost.DIRECTOR) {
                List<CommitteeMemberEntity> directors = em.createQuery("SELECT m FROM CommitteeMemberEntity m WHERE m.committeeId = :c "
                                + "AND m.post = :director AND m.termFrom < :to AND m.termTo > :from", CommitteeMemberEntity.class)
                        .setParameter("c", committeeId).setParameter("director", CommitteePost.DIRECTOR)
                        .setParameter("to", draft.termTo()).setParameter("from", draft.termFrom()).getResultList();
                if (!directors.isEmpty()) {
                    throw BuildingsText.TEXT.conflict("committee.oneDirector", directors.get(0).personName, directors.get(0).termFrom,
                            directors.get(0).termTo);
                }
            }
            CommitteeMemberEntity m = new CommitteeMemberEntity();
            m.committeeId = committeeId;
            m.buildingId = c.buildingId;
            m.orgPath = c.orgPath;
            m.personName = personName;
            m.side = draft.side();
            m.represents = represents;
            m.post = draft.post();
            m.termFrom = draft.termFrom();
            m.termTo = draft.termTo();
            m.createdAt = UtcTimes.now();
            m.createdBy = actor;
            em.persist(m);
            em.flush();
            audit.record("CREATE", MEMBER_TYPE, m.id, c.name + ": " + m.personName + " " + m.post, List.of());
            return member(m);
        });
    }

    /** The committee's members, the current ones first (by post), then the past ones. */
    public List<CommitteeMember> members(long committeeId) {
        get(committeeId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT m FROM CommitteeMemberEntity m "
                        + "WHERE m.committeeId = :c ORDER BY m.termTo DESC, m.post, m.id", CommitteeMemberEntity.class)
                .setParameter("c", committeeId).getResultList().stream().map(Committees::member).toList());
    }

    public Meeting recordMeeting(long committeeId, MeetingDraft draft) {
        Committee committee = get(committeeId);
        scope.requireEnabled(committee.buildingId());
        BuildingRecords.requireBody(draft, "{heldOn, topic, attendees, minutes}");
        ValidationException.Builder errors = ValidationException.builder();
        BuildingRecords.pastDate(errors, "heldOn", draft.heldOn(), true);
        if (draft.heldOn() != null && draft.heldOn().isBefore(committee.establishedOn())) {
            errors.add("heldOn", BuildingsText.TEXT.message("meeting.beforeCommittee", committee.establishedOn()));
        }
        String topic = errors.line("topic", draft.topic(), 200, true);
        errors.whole("attendees", draft.attendees(), 1, MAX_ATTENDEES, true);
        String minutes = errors.note("minutes", draft.minutes(), 4000, false);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            CommitteeEntity c = em.find(CommitteeEntity.class, committeeId);
            MeetingEntity m = new MeetingEntity();
            m.committeeId = committeeId;
            m.buildingId = c.buildingId;
            m.orgPath = c.orgPath;
            m.heldOn = draft.heldOn();
            m.topic = topic;
            m.attendees = draft.attendees();
            m.minutes = minutes;
            m.recordedAt = UtcTimes.now();
            m.recordedBy = actor;
            em.persist(m);
            em.flush();
            audit.record("CREATE", MEETING_TYPE, m.id, c.name + " " + m.heldOn + ": " + m.topic, List.of());
            return meeting(m, List.of());
        });
    }

    public Meeting meeting(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            MeetingEntity m = BuildingRecords.visible(em, scope, MeetingEntity.class, id, "meeting", r -> r.orgPath);
            return meeting(m, decisions.ofMeeting(em, id));
        });
    }

    /** Meetings of the committees under {@code unit} (checked: in scope, enabled) in a year (all when null). */
    public Page<Meeting> meetings(Long unit, Integer year, PageRequest page) {
        Organization under = scope.enabledUnit(unit, "unit");
        String where = " WHERE m.orgPath LIKE :under" + (year == null ? "" : " AND m.heldOn >= :from AND m.heldOn < :to");
        String order = Paging.orderBy(page.sort(), MEETING_SORT, "m.heldOn DESC", "m.id");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<MeetingEntity> select = em.createQuery("SELECT m FROM MeetingEntity m" + where + order, MeetingEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM MeetingEntity m" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("under", under.path() + "%");
                if (year != null) {
                    q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
                }
            }
            List<Meeting> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(m -> meeting(m, decisions.ofMeeting(em, m.id))).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    private Committee view(EntityManager em, CommitteeEntity c) {
        LocalDate today = LocalDate.now();
        long members = em.createQuery("SELECT COUNT(m) FROM CommitteeMemberEntity m WHERE m.committeeId = :c "
                        + "AND m.termFrom <= :today AND m.termTo >= :today", Long.class)
                .setParameter("c", c.id).setParameter("today", today).getSingleResult();
        long meetings = em.createQuery("SELECT COUNT(m) FROM MeetingEntity m WHERE m.committeeId = :c", Long.class)
                .setParameter("c", c.id).getSingleResult();
        return new Committee(c.id, c.buildingId, scope.name(c.buildingId), c.name, c.establishedOn, (int) members, (int) meetings,
                UtcTimes.instant(c.createdAt), c.createdBy, c.version);
    }

    static CommitteeMember member(CommitteeMemberEntity m) {
        LocalDate today = LocalDate.now();
        return new CommitteeMember(m.id, m.committeeId, m.personName, m.side, m.represents, m.post, m.termFrom, m.termTo,
                !m.termFrom.isAfter(today) && !m.termTo.isBefore(today), UtcTimes.instant(m.createdAt), m.createdBy, m.version);
    }

    private Meeting meeting(MeetingEntity m, List<Decision> decisionsOfMeeting) {
        return new Meeting(m.id, m.committeeId, m.buildingId, scope.name(m.buildingId), m.heldOn, m.topic, m.attendees, m.minutes,
                decisionsOfMeeting, UtcTimes.instant(m.recordedAt), m.recordedBy, m.version);
    }
}
