package org.grassroots.community.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.community.internal.CouncilRecords.CouncilMember;
import org.grassroots.community.internal.CouncilRecords.CouncilMemberDraft;
import org.grassroots.community.internal.CouncilRecords.Issue;
import org.grassroots.community.internal.CouncilRecords.IssueStep;
import org.grassroots.community.internal.CouncilRecords.Meeting;
import org.grassroots.community.internal.CouncilRecords.MeetingDraft;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 街道大工委 / 社区大党委: the part-time members a street or community takes from the institutions and enterprises of
 * its area, their joint meetings (联席会议) with who was present, and the issues raised there, assigned to one of the
 * member units and closed with the result (RAISED → ASSIGNED → CLOSED, or closed at once).
 */
@Component(service = Councils.class)
public class Councils {
    static final String MEMBER_TYPE = "community.councilMember";
    static final String MEETING_TYPE = "community.meeting";
    static final String ISSUE_TYPE = "community.issue";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final Members members;
    private final AuditLog audit;

    @Activate
    public Councils(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                    @Reference Members members, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = units.scope();
        this.members = members;
        this.audit = audit;
    }

    public CouncilMember appoint(CouncilMemberDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{unitId, memberId, partnerId, roleTitle, startsOn}"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization unit = council(draft.unitId(), errors);
        MemberReference member = members.reference(draft.memberId(), "memberId", errors);
        errors.required("partnerId", draft.partnerId());
        if (draft.partnerId() != null && scope.path(draft.partnerId()) == null) {
            errors.add("partnerId", CommunityMessages.TEXT.message("pairing.partner", draft.partnerId()));
        }
        String role = errors.line("roleTitle", draft.roleTitle(), 100, true);
        LocalDate start = errors.date("startsOn", draft.startsOn(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createQuery("SELECT c.id FROM CouncilMemberEntity c WHERE c.unitId = :u AND c.memberId = :m AND c.endsOn IS NULL",
                    Long.class).setParameter("u", unit.id()).setParameter("m", member.id()).getResultList().isEmpty()) {
                throw CommunityMessages.TEXT.conflict("council.already", member.name(), unit.name());
            }
            CouncilMemberEntity c = new CouncilMemberEntity();
            c.unitId = unit.id();
            c.orgPath = unit.path();
            c.memberId = member.id();
            c.partnerId = draft.partnerId();
            c.roleTitle = role;
            c.startsOn = start;
            c.createdAt = UtcTimes.now();
            c.createdBy = actor;
            em.persist(c);
            em.flush();
            audit.record("APPOINT", MEMBER_TYPE, c.id, member.name() + " " + role, List.of());
            return toRecord(c);
        });
    }

    public CouncilMember end(long id, long version, TermEnd end) {
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate on = errors.date("endedOn", end == null ? null : end.endedOn(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        String reason = errors.line("reason", end == null ? null : end.reason(), 1000, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            CouncilMemberEntity c = visible(em, CouncilMemberEntity.class, id, MEMBER_TYPE, x -> x.orgPath, x -> x.unitId);
            errors.throwIfAny();
            if (c.version != version) {
                throw CommunityMessages.TEXT.stale(MEMBER_TYPE, id, version, c.version);
            }
            if (c.endsOn != null) {
                throw CommunityMessages.TEXT.conflict("team.ended", id);
            }
            c.endsOn = on.isBefore(c.startsOn) ? c.startsOn : on;
            c.endReason = reason;
            em.flush();
            audit.record("END", MEMBER_TYPE, id, reason, List.of());
            return toRecord(c);
        });
    }

    /** The councils' members under the unit; ended terms too with {@code history}. */
    public List<CouncilMember> members(Long unitId, boolean history) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT c FROM CouncilMemberEntity c WHERE c.orgPath LIKE :p"
                        + (history ? "" : " AND c.endsOn IS NULL") + " ORDER BY c.orgPath, c.startsOn, c.id", CouncilMemberEntity.class)
                .setParameter("p", unit.path() + "%").setMaxResults(2000).getResultList().stream().map(this::toRecord).toList());
    }

    /** Records a joint meeting: present are members of that council; each issue title becomes a RAISED issue. */
    public Meeting hold(MeetingDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{unitId, title, heldOn, present}"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization unit = council(draft.unitId(), errors);
        String title = errors.line("title", draft.title(), 200, true);
        LocalDate heldOn = errors.date("heldOn", draft.heldOn(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        String minutes = errors.note("minutes", draft.minutes(), 4000, false);
        List<String> issues = new ArrayList<>();
        List<String> raised = draft.issues() == null ? List.of() : draft.issues();
        for (int i = 0; i < raised.size(); i++) {
            String issue = errors.line("issues[" + i + "]", raised.get(i), 500, true);
            issues.add(issue);
        }
        List<Long> present = draft.present() == null ? List.of() : draft.present();
        if (present.isEmpty()) {
            errors.required("present", null);
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (unit != null) {
                for (int i = 0; i < present.size(); i++) {
                    CouncilMemberEntity c = present.get(i) == null ? null : em.find(CouncilMemberEntity.class, present.get(i));
                    if (c == null || c.unitId != unit.id() || c.endsOn != null && heldOn != null && c.endsOn.isBefore(heldOn)) {
                        errors.add("present[" + i + "]", CommunityMessages.TEXT.message("council.notMember", present.get(i), unit.name()));
                    }
                }
            }
            errors.throwIfAny();
            MeetingEntity m = new MeetingEntity();
            m.unitId = unit.id();
            m.orgPath = unit.path();
            m.title = title;
            m.heldOn = heldOn;
            m.present = present.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
            m.minutes = minutes;
            m.createdAt = UtcTimes.now();
            m.createdBy = actor;
            em.persist(m);
            em.flush();
            for (String issue : issues) {
                IssueEntity e = new IssueEntity();
                e.meetingId = m.id;
                e.unitId = m.unitId;
                e.orgPath = m.orgPath;
                e.title = issue;
                e.status = IssueStatus.RAISED;
                e.changedAt = m.createdAt;
                e.changedBy = actor;
                em.persist(e);
            }
            em.flush();
            audit.record("MEETING", MEETING_TYPE, m.id, title + ": " + issues.size(), List.of());
            return toRecord(em, m);
        });
    }

    public List<Meeting> meetings(Long unitId, Integer year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var q = em.createQuery("SELECT m FROM MeetingEntity m WHERE m.orgPath LIKE :p" + (year == null ? ""
                    : " AND m.heldOn >= :from AND m.heldOn < :to") + " ORDER BY m.heldOn DESC, m.id DESC", MeetingEntity.class)
                    .setParameter("p", unit.path() + "%");
            if (year != null) {
                q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
            }
            return q.setMaxResults(500).getResultList().stream().map(m -> toRecord(em, m)).toList();
        });
    }

    /** Assigns a raised issue to a unit that has a member on the council, with the date it is due. */
    public Issue assign(long id, long version, IssueStep step) {
        ValidationException.Builder errors = ValidationException.builder();
        Long assignee = step == null ? null : step.assigneeId();
        errors.required("assigneeId", assignee);
        LocalDate due = errors.date("dueOn", step == null ? null : step.dueOn(), CommunityUnits.EARLIEST, CommunityUnits.LATEST, true);
        return step(id, version, IssueStatus.ASSIGNED, errors, (em, e) -> {
            if (assignee != null && em.createQuery("SELECT COUNT(c) FROM CouncilMemberEntity c WHERE c.unitId = :u AND c.partnerId = :p "
                    + "AND c.endsOn IS NULL", Long.class).setParameter("u", e.unitId).setParameter("p", assignee).getSingleResult() == 0) {
                errors.add("assigneeId", CommunityMessages.TEXT.message("council.notMemberUnit", assignee));
            }
            errors.throwIfAny();
            e.assigneeId = assignee;
            e.dueOn = due;
        });
    }

    /** Closes an issue with its result and the day. */
    public Issue close(long id, long version, IssueStep step) {
        ValidationException.Builder errors = ValidationException.builder();
        String result = errors.note("result", step == null ? null : step.result(), 1000, true);
        LocalDate on = errors.date("on", step == null ? null : step.on(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        return step(id, version, IssueStatus.CLOSED, errors, (em, e) -> {
            errors.throwIfAny();
            e.result = result;
            e.closedOn = on;
        });
    }

    private Issue step(long id, long version, IssueStatus target, ValidationException.Builder errors,
                       java.util.function.BiConsumer<EntityManager, IssueEntity> change) {
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            IssueEntity e = visible(em, IssueEntity.class, id, ISSUE_TYPE, x -> x.orgPath, x -> x.unitId);
            errors.throwIfAny();
            if (e.version != version) {
                throw CommunityMessages.TEXT.stale(ISSUE_TYPE, id, version, e.version);
            }
            e.status.requireMoveTo(target, id);
            change.accept(em, e);
            e.status = target;
            e.changedAt = UtcTimes.now();
            e.changedBy = actor;
            em.flush();
            audit.record(target.name(), ISSUE_TYPE, id, e.title, List.of());
            return toRecord(e);
        });
    }

    /** The street or community a council belongs to: in scope, module enabled, a street or a community. */
    private Organization council(Long id, ValidationException.Builder errors) {
        Organization unit = scope.referencedUnit(id, "unitId", errors);
        if (unit != null && CouncilKind.of(unit.unitType()) == null) {
            errors.add("unitId", CommunityMessages.TEXT.message("council.unit", unit.name()));
            return null;
        }
        if (unit != null) {
            scope.requireEnabled(unit.id());
        }
        return unit;
    }

    private <T> T visible(EntityManager em, Class<T> type, long id, String name, Function<T, String> path, Function<T, Long> unit) {
        T found = em.find(type, id);
        if (found == null) {
            throw CommunityMessages.TEXT.notFound(name, id);
        }
        CommunityMessages.TEXT.requireVisible(scope, path.apply(found), name, id);
        scope.requireEnabled(unit.apply(found));
        return found;
    }

    private CouncilKind kind(long unitId) {
        Organization unit = scope.unit(unitId, "unitId");
        return unit == null ? null : CouncilKind.of(unit.unitType());
    }

    CouncilMember toRecord(CouncilMemberEntity c) {
        return new CouncilMember(c.id, c.unitId, scope.name(c.unitId), kind(c.unitId), c.memberId, members.name(c.memberId), c.partnerId,
                scope.name(c.partnerId), c.roleTitle, c.startsOn, c.endsOn, c.endReason, c.version);
    }

    private Meeting toRecord(EntityManager em, MeetingEntity m) {
        List<Long> present = m.present == null || m.present.isBlank() ? List.of()
                : Arrays.stream(m.present.split(",")).map(Long::valueOf).toList();
        Map<Long, String> names = present.isEmpty() ? Map.of() : em.createQuery("SELECT c FROM CouncilMemberEntity c WHERE c.id IN :ids",
                CouncilMemberEntity.class).setParameter("ids", present).getResultList().stream()
                .collect(Collectors.toMap(c -> c.id, c -> String.valueOf(members.name(c.memberId))));
        List<Issue> issues = em.createQuery("SELECT e FROM IssueEntity e WHERE e.meetingId = :m ORDER BY e.id", IssueEntity.class)
                .setParameter("m", m.id).getResultList().stream().map(this::toRecord).toList();
        return new Meeting(m.id, m.unitId, scope.name(m.unitId), kind(m.unitId), m.title, m.heldOn, present,
                present.stream().map(p -> names.getOrDefault(p, "")).toList(), m.minutes, issues, UtcTimes.instant(m.createdAt), m.createdBy);
    }

    private Issue toRecord(IssueEntity e) {
        return new Issue(e.id, e.meetingId, e.unitId, e.title, e.status, e.assigneeId, e.assigneeId == null ? null : scope.name(e.assigneeId),
                e.dueOn, e.result, e.closedOn, UtcTimes.instant(e.changedAt), e.changedBy, e.version);
    }
}
