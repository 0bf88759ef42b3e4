package org.grassroots.community.internal;

import java.time.LocalDate;
import java.util.List;

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
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Micro-wishes (微心愿) of residents in need: the community publishes them (for whom as a description, never a name:
 * the module holds no resident's personal data), a paired organization (through the community) or a registered member
 * (self-service) claims one, the community records it fulfilled, releases a claim that came to nothing, or withdraws
 * an unclaimed wish.
 */
@Component(service = Wishes.class)
public class Wishes {
    static final String TYPE = "community.wish";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final CommunityUnits units;
    private final Registrations registrations;
    private final Members members;
    private final AuditLog audit;

    @Activate
    public Wishes(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                  @Reference Registrations registrations, @Reference Members members, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.units = units;
        this.scope = units.scope();
        this.registrations = registrations;
        this.members = members;
        this.audit = audit;
    }

    public Wish publish(WishDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{communityId, title, beneficiary}"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization community = units.community(draft.communityId(), "communityId", errors);
        String title = errors.line("title", draft.title(), 200, true);
        String detail = errors.note("detail", draft.detail(), 1000, false);
        String beneficiary = errors.line("beneficiary", draft.beneficiary(), 100, true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            WishEntity w = new WishEntity();
            w.communityId = community.id();
            w.orgPath = community.path();
            w.title = title;
            w.detail = detail;
            w.beneficiary = beneficiary;
            w.publishedOn = LocalDate.now();
            w.status = WishStatus.PUBLISHED;
            w.createdAt = UtcTimes.now();
            w.createdBy = actor;
            em.persist(w);
            em.flush();
            audit.record("PUBLISH", TYPE, w.id, title, List.of());
            return toRecord(w);
        });
    }

    /** The community records that one of its paired organizations claimed the wish. */
    public Wish claimForPartner(long id, long version, WishStep step) {
        ValidationException.Builder errors = ValidationException.builder();
        Long partner = step == null ? null : step.partnerId();
        errors.required("partnerId", partner);
        return jpa.txExpr(TransactionType.Required, em -> {
            WishEntity w = visible(em, id, version);
            if (partner != null && !paired(em, w.communityId, partner)) {
                errors.add("partnerId", CommunityMessages.TEXT.message("wish.notPaired", partner, scope.name(w.communityId)));
            }
            errors.throwIfAny();
            return claim(em, w, partner, null);
        });
    }

    /** A registered member claims a published wish in self-service. */
    public Wish claimOwn(long id, long version) {
        long member = registrations.ownMemberId();
        return jpa.txExpr(TransactionType.Required, em -> {
            WishEntity w = em.find(WishEntity.class, id);
            if (w == null || w.status == WishStatus.WITHDRAWN) {
                throw CommunityMessages.TEXT.notFound(TYPE, id);
            }
            scope.requireEnabled(w.communityId);
            if (w.version != version) {
                throw CommunityMessages.TEXT.stale(TYPE, id, version, w.version);
            }
            if (Registrations.active(em, member) == null) {
                throw ValidationException.of("memberId", CommunityMessages.TEXT.message("hours.notRegistered"));
            }
            return claim(em, w, null, member);
        });
    }

    private Wish claim(EntityManager em, WishEntity w, Long partner, Long member) {
        w.status.requireMoveTo(WishStatus.CLAIMED, w.id);
        w.status = WishStatus.CLAIMED;
        w.partnerId = partner;
        w.memberId = member;
        w.claimedAt = UtcTimes.now();
        w.claimedBy = scope.actor();
        em.flush();
        audit.record("CLAIM", TYPE, w.id, partner != null ? "unit " + partner : "member " + member, List.of());
        return toRecord(w);
    }

    /** FULFILLED (the day, a note), PUBLISHED again (a claim released, reason required) or WITHDRAWN (reason required). */
    public Wish decide(long id, long version, WishStatus target, WishStep step) {
        ValidationException.Builder errors = ValidationException.builder();
        String note = errors.line("note", step == null ? null : step.note(), 1000, target != WishStatus.FULFILLED);
        LocalDate on = target != WishStatus.FULFILLED ? null
                : errors.date("on", step == null ? null : step.on(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            WishEntity w = visible(em, id, version);
            errors.throwIfAny();
            w.status.requireMoveTo(target, id);
            if (on != null && on.isBefore(w.publishedOn)) {
                throw CommunityMessages.TEXT.invalid("on", "wish.beforePublished", w.publishedOn);
            }
            w.status = target;
            w.note = note;
            w.decidedAt = UtcTimes.now();
            w.decidedBy = actor;
            if (target == WishStatus.FULFILLED) {
                w.fulfilledOn = on;
            } else if (target == WishStatus.PUBLISHED) {
                w.partnerId = null;
                w.memberId = null;
                w.claimedAt = null;
                w.claimedBy = null;
            }
            em.flush();
            audit.record(target.name(), TYPE, id, note, List.of());
            return toRecord(w);
        });
    }

    static boolean paired(EntityManager em, long community, long partner) {
        return em.createQuery("SELECT COUNT(p) FROM PairingEntity p WHERE p.communityId = :c AND p.partnerId = :p AND p.status = :a",
                        Long.class).setParameter("c", community).setParameter("p", partner)
                .setParameter("a", PairingStatus.ACTIVE).getSingleResult() > 0;
    }

    public Page<Wish> search(Long unitId, WishStatus status, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " FROM WishEntity w WHERE w.orgPath LIKE :path" + (status == null ? "" : " AND w.status = :status");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<WishEntity> select = em.createQuery("SELECT w" + where + " ORDER BY w.publishedOn DESC, w.id DESC", WishEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(w)" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            List<Wish> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(this::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** What a member sees: the wishes waiting for someone in every community, and those the member claimed. */
    public List<Wish> own() {
        long member = registrations.ownMemberId();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT w FROM WishEntity w WHERE w.status = :published "
                        + "OR w.memberId = :m ORDER BY w.publishedOn DESC, w.id DESC", WishEntity.class)
                .setParameter("published", WishStatus.PUBLISHED).setParameter("m", member).setMaxResults(200).getResultList()
                .stream().map(this::toRecord).toList());
    }

    private WishEntity visible(EntityManager em, long id, long version) {
        WishEntity w = em.find(WishEntity.class, id);
        if (w == null) {
            throw CommunityMessages.TEXT.notFound(TYPE, id);
        }
        CommunityMessages.TEXT.requireVisible(scope, w.orgPath, TYPE, id);
        scope.requireEnabled(w.communityId);
        if (w.version != version) {
            throw CommunityMessages.TEXT.stale(TYPE, id, version, w.version);
        }
        return w;
    }

    Wish toRecord(WishEntity w) {
        return new Wish(w.id, w.communityId, scope.name(w.communityId), w.title, w.detail, w.beneficiary, w.publishedOn, w.status,
                w.partnerId, w.partnerId == null ? null : scope.name(w.partnerId), w.memberId,
                w.memberId == null ? null : members.name(w.memberId), UtcTimes.instant(w.claimedAt), w.claimedBy, w.fulfilledOn,
                w.note, UtcTimes.instant(w.decidedAt), w.decidedBy, w.version);
    }
}
