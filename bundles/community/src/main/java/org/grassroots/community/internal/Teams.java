package org.grassroots.community.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
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
 * The "两委" teams of the communities: posts held by members for a term, and the secretary changes (书记调整), each
 * ending the current secretary's post with the reason and starting the successor's, so the history stays.
 */
@Component(service = Teams.class)
public class Teams {
    static final String TYPE = "community.teamPost";

    private final JpaTemplate jpa;
    private final CommunityUnits units;
    private final ModuleScope scope;
    private final Members members;
    private final AuditLog audit;

    @Activate
    public Teams(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                 @Reference Members members, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.units = units;
        this.scope = units.scope();
        this.members = members;
        this.audit = audit;
    }

    /** The posts of the communities under the unit: current ones only, or the whole history. */
    public List<TeamMember> roster(Long unitId, boolean history) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p FROM TeamPostEntity p WHERE p.orgPath LIKE :path"
                        + (history ? "" : " AND p.termEnd IS NULL") + " ORDER BY p.communityId, p.post, p.termStart", TeamPostEntity.class)
                .setParameter("path", unit.path() + "%").getResultList().stream().map(this::toRecord).toList());
    }

    /** The secretary changes under the unit in the year (the successor's posts, with the reason on the predecessor's). */
    public List<TeamMember> secretaryChanges(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p FROM TeamPostEntity p WHERE p.orgPath LIKE :path "
                        + "AND p.post = :secretary AND p.replacesId IS NOT NULL AND p.termStart >= :from AND p.termStart < :to "
                        + "ORDER BY p.termStart, p.id", TeamPostEntity.class)
                .setParameter("path", unit.path() + "%").setParameter("secretary", TeamPost.SECRETARY)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList().stream().map(this::toRecord).toList());
    }

    public TeamMember appoint(TeamMemberDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{communityId, memberId, post, termStart}"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization community = units.community(draft.communityId(), "communityId", errors);
        MemberReference member = members.reference(draft.memberId(), "memberId", errors);
        errors.required("post", draft.post());
        LocalDate start = errors.date("termStart", draft.termStart(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (draft.post() == TeamPost.SECRETARY && current(em, community.id(), TeamPost.SECRETARY) != null) {
                throw CommunityMessages.TEXT.conflict("team.secretaryExists", community.name());
            }
            if (!em.createQuery("SELECT p.id FROM TeamPostEntity p WHERE p.communityId = :c AND p.memberId = :m AND p.termEnd IS NULL",
                    Long.class).setParameter("c", community.id()).setParameter("m", member.id()).getResultList().isEmpty()) {
                throw CommunityMessages.TEXT.conflict("team.alreadyOnTeam", member.name(), community.name());
            }
            TeamPostEntity p = post(em, community, member.id(), draft.post(), start, null, actor);
            audit.record("APPOINT", TYPE, p.id, community.name() + " " + draft.post() + " " + member.name(), List.of());
            return toRecord(p);
        });
    }

    TeamPostEntity post(EntityManager em, Organization community, long memberId, TeamPost post, LocalDate start, Long replaces,
                        String actor) {
        TeamPostEntity p = new TeamPostEntity();
        p.communityId = community.id();
        p.orgPath = community.path();
        p.memberId = memberId;
        p.post = post;
        p.termStart = start;
        p.replacesId = replaces;
        p.startedAt = UtcTimes.now();
        p.startedBy = actor;
        em.persist(p);
        em.flush();
        return p;
    }

    public TeamMember end(long id, long version, TermEnd end) {
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate on = errors.date("endedOn", end == null ? null : end.endedOn(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        String reason = errors.line("reason", end == null ? null : end.reason(), 1000, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            TeamPostEntity p = visible(em, id);
            errors.throwIfAny();
            if (p.version != version) {
                throw CommunityMessages.TEXT.stale(TYPE, id, version, p.version);
            }
            if (p.termEnd != null) {
                throw CommunityMessages.TEXT.conflict("team.ended", id);
            }
            if (on.isBefore(p.termStart)) {
                throw ValidationException.of("endedOn", CommunityMessages.TEXT.message("team.endBeforeStart", p.termStart));
            }
            close(p, on, reason, scope.actor());
            em.flush();
            audit.record("END", TYPE, id, reason, List.of());
            return toRecord(p);
        });
    }

    /** 书记调整: ends the current secretary's post (with the reason) and starts the new secretary's. */
    public TeamMember changeSecretary(long communityId, SecretaryChange change) {
        ValidationException.Builder errors = ValidationException.builder();
        Organization community = units.community(communityId, "communityId", errors);
        MemberReference member = members.reference(change == null ? null : change.memberId(), "memberId", errors);
        LocalDate on = errors.date("changedOn", change == null ? null : change.changedOn(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        String reason = errors.line("reason", change == null ? null : change.reason(), 1000, true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            TeamPostEntity current = current(em, community.id(), TeamPost.SECRETARY);
            if (current != null && current.memberId == member.id()) {
                throw CommunityMessages.TEXT.conflict("team.sameSecretary", member.name());
            }
            if (current != null && on.isBefore(current.termStart)) {
                throw ValidationException.of("changedOn", CommunityMessages.TEXT.message("team.endBeforeStart", current.termStart));
            }
            Long replaces = null;
            if (current != null) {
                close(current, on, reason, actor);
                replaces = current.id;
            }
            TeamPostEntity p = post(em, community, member.id(), TeamPost.SECRETARY, on, replaces, actor);
            audit.record("CHANGE_SECRETARY", TYPE, p.id, community.name() + ": " + reason, List.of());
            return toRecord(p);
        });
    }

    static void close(TeamPostEntity p, LocalDate on, String reason, String actor) {
        p.termEnd = on;
        p.endReason = reason;
        p.endedAt = UtcTimes.now();
        p.endedBy = actor;
    }

    static TeamPostEntity current(EntityManager em, long communityId, TeamPost post) {
        return em.createQuery("SELECT p FROM TeamPostEntity p WHERE p.communityId = :c AND p.post = :post AND p.termEnd IS NULL",
                        TeamPostEntity.class).setParameter("c", communityId).setParameter("post", post)
                .getResultList().stream().findFirst().orElse(null);
    }


    private TeamPostEntity visible(EntityManager em, long id) {
        TeamPostEntity p = em.find(TeamPostEntity.class, id);
        if (p == null) {
            throw CommunityMessages.TEXT.notFound(TYPE, id);
        }
        CommunityMessages.TEXT.requireVisible(scope, p.orgPath, TYPE, id);
        scope.requireEnabled(p.communityId);
        return p;
    }

    TeamMember toRecord(TeamPostEntity p) {
        return new TeamMember(p.id, p.communityId, scope.name(p.communityId), p.memberId,
                members.name(p.memberId), p.post, p.termStart, p.termEnd,
                p.endReason, p.replacesId, UtcTimes.instant(p.startedAt), p.startedBy, UtcTimes.instant(p.endedAt), p.endedBy,
                p.version);
    }
}
