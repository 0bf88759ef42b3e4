package org.grassroots.community.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 双报到 (b): members register with their residential community (themselves or through an administrator), one active
 * registration at a time; a move cancels it and registers with the new community in one step. The community sees
 * the registration by its path, the member's own organization by the registrant row's path.
 */
@Component(service = Registrations.class)
public class Registrations {
    static final String TYPE = "community.registration";

    private final JpaTemplate jpa;
    private final CommunityUnits units;
    private final ModuleScope scope;
    private final Members members;
    private final AuditLog audit;

    @Activate
    public Registrations(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                         @Reference Members members, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.units = units;
        this.scope = units.scope();
        this.members = members;
        this.audit = audit;
    }

    /** An administrator registers a member with a community of theirs. */
    public Registration register(RegistrationDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{memberId, communityId}"));
        }
        return register(draft.memberId(), draft, false);
    }

    /** The caller registers themselves (member self-service); 403 unless the account is a member's. */
    public Registration registerOwn(RegistrationDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{communityId}"));
        }
        return register(ownMemberId(), draft, true);
    }

    /**
     * The communities a member may pick in self-service: those with an active pairing (the district covers all of
     * them), whatever the member's own scope, since people live outside the subtree of the organization they work in.
     */
    public List<CommunityChoice> choices() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT DISTINCT p.communityId, p.orgPath FROM PairingEntity p "
                        + "WHERE p.status = :active ORDER BY p.orgPath", Object[].class).setParameter("active", PairingStatus.ACTIVE)
                .getResultList().stream().map(row -> choice((Long) row[0], (String) row[1])).toList());
    }

    private CommunityChoice choice(long id, String path) {
        String[] ids = path.split("/");
        String street = ids.length >= 3 ? scope.name(Long.parseLong(ids[ids.length - 2])) : null;
        return new CommunityChoice(id, scope.name(id), street);
    }

    /** A community chosen in self-service: one of {@link #choices()}, the module enabled there. */
    private Place chosen(Long id, ValidationException.Builder errors) {
        if (id == null) {
            errors.required("communityId", null);
            return null;
        }
        String path = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p.orgPath FROM PairingEntity p "
                        + "WHERE p.communityId = :c AND p.status = :active", String.class).setParameter("c", id)
                .setParameter("active", PairingStatus.ACTIVE).setMaxResults(1).getResultList().stream().findFirst().orElse(null));
        if (path == null) {
            errors.add("communityId", CommunityMessages.TEXT.message("registration.noChoice", id));
            return null;
        }
        scope.requireEnabled(id);
        return new Place(id, path, scope.name(id));
    }

    /** The community a registration is made with. */
    private record Place(long id, String path, String name) {
        static Place of(Organization unit) {
            return unit == null ? null : new Place(unit.id(), unit.path(), unit.name());
        }
    }

    private Registration register(Long memberId, RegistrationDraft draft, boolean self) {
        ValidationException.Builder errors = ValidationException.builder();
        MemberReference member = members.reference(memberId, "memberId", errors);
        Place community = self ? chosen(draft.communityId(), errors)
                : Place.of(units.community(draft.communityId(), "communityId", errors));
        String post = errors.line("volunteerPost", draft.volunteerPost(), 200, false);
        LocalDate on = draft.registeredOn() == null ? LocalDate.now()
                : errors.date("registeredOn", draft.registeredOn(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            RegistrationEntity active = active(em, member.id());
            if (active != null) {
                throw CommunityMessages.TEXT.conflict("registration.active", member.name(), scope.name(active.communityId));
            }
            RegistrationEntity r = store(em, member, community.id(), community.path(), post, on, actor);
            audit.record("REGISTER", TYPE, r.id, member.name() + " -> " + community.name(), List.of());
            return toRecord(r);
        });
    }

    RegistrationEntity store(EntityManager em, MemberReference member, long communityId, String communityPath, String post,
                             LocalDate on, String actor) {
        RegistrationEntity r = new RegistrationEntity();
        r.communityId = communityId;
        r.orgPath = communityPath;
        r.memberId = member.id();
        r.volunteerPost = post;
        r.status = RegistrationStatus.ACTIVE;
        r.registeredOn = on;
        r.registeredAt = UtcTimes.now();
        r.registeredBy = actor;
        em.persist(r);
        em.flush();
        RegistrantEntity owner = new RegistrantEntity();
        owner.registrationId = r.id;
        owner.organizationId = member.organizationId();
        owner.orgPath = member.path();
        em.persist(owner);
        return r;
    }

    /** Cancels an active registration (left the community), with the reason. */
    public Registration cancel(long id, long version, TermEnd end) {
        ValidationException.Builder errors = ValidationException.builder();
        String reason = errors.line("reason", end == null ? null : end.reason(), 1000, true);
        LocalDate on = end == null || end.endedOn() == null ? LocalDate.now()
                : errors.date("endedOn", end.endedOn(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        return jpa.txExpr(TransactionType.Required, em -> {
            RegistrationEntity r = visible(em, id);
            errors.throwIfAny();
            cancelIn(r, version, on, reason);
            em.flush();
            audit.record("CANCEL", TYPE, id, reason, List.of());
            return toRecord(r);
        });
    }

    private void cancelIn(RegistrationEntity r, long version, LocalDate on, String reason) {
        if (r.version != version) {
            throw CommunityMessages.TEXT.stale(TYPE, r.id, version, r.version);
        }
        if (r.status != RegistrationStatus.ACTIVE) {
            throw CommunityMessages.TEXT.conflict("registration.cancelled", r.id);
        }
        r.status = RegistrationStatus.CANCELLED;
        r.cancelledOn = on;
        r.cancelReason = reason;
        r.cancelledAt = UtcTimes.now();
        r.cancelledBy = scope.actor();
    }

    /** 搬家: cancels the registration and registers the member with the new community, in one transaction. */
    public Registration move(long id, long version, Move move, boolean self) {
        ValidationException.Builder errors = ValidationException.builder();
        Long target = move == null ? null : move.communityId();
        Place community = self ? chosen(target, errors) : Place.of(units.community(target, "communityId", errors));
        String post = errors.line("volunteerPost", move == null ? null : move.volunteerPost(), 200, false);
        String reason = errors.line("reason", move == null ? null : move.reason(), 1000, false);
        return jpa.txExpr(TransactionType.Required, em -> {
            RegistrationEntity r = self ? own(em, id) : visible(em, id);
            errors.throwIfAny();
            if (community.id() == r.communityId) {
                throw ValidationException.of("communityId", CommunityMessages.TEXT.message("registration.sameCommunity"));
            }
            cancelIn(r, version, LocalDate.now(), reason == null ? "搬家 / moved house" : reason);
            MemberReference member = members.reference(r.memberId, "memberId", ValidationException.builder());
            RegistrationEntity moved = store(em, member, community.id(), community.path(), post, LocalDate.now(), scope.actor());
            audit.record("MOVE", TYPE, moved.id, scope.name(r.communityId) + " -> " + community.name(), List.of());
            return toRecord(moved);
        });
    }

    public Registration get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(visibleToMemberOrCommunity(em, id)));
    }

    /** The caller's own registrations, newest first (the active one, if any, first). */
    public List<Registration> own() {
        long member = ownMemberId();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.memberId = :m "
                + "ORDER BY r.status, r.registeredOn DESC, r.id DESC", RegistrationEntity.class).setParameter("m", member)
                .getResultList().stream().map(this::toRecord).toList());
    }

    /**
     * Registrations of the communities under the unit, or ({@code byOrganization}) of the members of the organizations
     * under the unit, wherever they registered.
     */
    public Page<Registration> search(Long unitId, RegistrationStatus status, boolean byOrganization, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String from = byOrganization ? " FROM RegistrationEntity r, RegistrantEntity o WHERE o.registrationId = r.id AND o.orgPath LIKE :path"
                : " FROM RegistrationEntity r WHERE r.orgPath LIKE :path";
        String where = from + (status == null ? "" : " AND r.status = :status");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<RegistrationEntity> select = em.createQuery("SELECT r" + where + " ORDER BY r.registeredOn DESC, r.id DESC",
                    RegistrationEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r)" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            List<Registration> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(this::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    static RegistrationEntity active(EntityManager em, long memberId) {
        return em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.memberId = :m AND r.status = :active",
                        RegistrationEntity.class).setParameter("m", memberId).setParameter("active", RegistrationStatus.ACTIVE)
                .getResultList().stream().findFirst().orElse(null);
    }

    long ownMemberId() {
        Caller caller = scope.caller();
        if (caller.memberId() == null) {
            throw ValidationException.of("memberId", CommunityMessages.TEXT.message("registration.noMemberAccount"));
        }
        return caller.memberId();
    }

    /** The caller's own registration (404 for anyone else's). */
    RegistrationEntity own(EntityManager em, long id) {
        RegistrationEntity r = em.find(RegistrationEntity.class, id);
        if (r == null || r.memberId != ownMemberId()) {
            throw CommunityMessages.TEXT.notFound(TYPE, id);
        }
        return r;
    }

    /** The community's side (its path in scope, module enabled there). */
    RegistrationEntity visible(EntityManager em, long id) {
        RegistrationEntity r = em.find(RegistrationEntity.class, id);
        if (r == null) {
            throw CommunityMessages.TEXT.notFound(TYPE, id);
        }
        CommunityMessages.TEXT.requireVisible(scope, r.orgPath, TYPE, id);
        scope.requireEnabled(r.communityId);
        return r;
    }

    /** The community's side, the member's own organization's side, or the member themselves. */
    RegistrationEntity visibleToMemberOrCommunity(EntityManager em, long id) {
        RegistrationEntity r = em.find(RegistrationEntity.class, id);
        if (r == null) {
            throw CommunityMessages.TEXT.notFound(TYPE, id);
        }
        Caller caller = scope.caller();
        if (caller.memberId() != null && caller.memberId() == r.memberId) {
            return r;
        }
        RegistrantEntity owner = em.find(RegistrantEntity.class, id);
        String path = scope.scopePath();
        if (path != null && !r.orgPath.startsWith(path) && (owner == null || !owner.orgPath.startsWith(path))) {
            throw CommunityMessages.TEXT.notFound(TYPE, id);
        }
        return r;
    }

    Registration toRecord(RegistrationEntity r) {
        Long org = jpa.txExpr(TransactionType.Supports, em -> {
            RegistrantEntity o = em.find(RegistrantEntity.class, r.id);
            return o == null ? null : o.organizationId;
        });
        return new Registration(r.id, r.communityId, scope.name(r.communityId), r.memberId, members.name(r.memberId),
                org == null ? 0 : org, org == null ? null : scope.name(org), r.volunteerPost, r.status, r.registeredOn,
                UtcTimes.instant(r.registeredAt), r.registeredBy, r.cancelledOn, UtcTimes.instant(r.cancelledAt),
                r.cancelledBy, r.cancelReason, r.version);
    }
}
