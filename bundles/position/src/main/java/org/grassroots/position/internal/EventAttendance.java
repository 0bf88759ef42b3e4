package org.grassroots.position.internal;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A member's side of an event, by its code on the phone: see it, sign up (until it starts, while places are left,
 * once), sign in (from half an hour before the start to the end, once; without a sign-up while places are left).
 * After the event the code answers that it has ended and records nothing. An account linked to no member is refused.
 */
@Component(service = EventAttendance.class)
public class EventAttendance {
    static final String TYPE = "position.attendance";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;

    @Activate
    public EventAttendance(@Reference(target = PositionModule.UNIT) JpaTemplate jpa,
                           @Reference(target = PositionModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                           @Reference AuditLog audit, @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
        this.members = members;
    }

    /** The event of a code, as the member sees it (404 for a code no event has). */
    public MyEvent byCode(String code) {
        long member = ownMember();
        return jpa.txExpr(TransactionType.Supports, em -> mine(em, event(em, code), member));
    }

    /** The member's events (signed up or in), newest first. */
    public List<MyEvent> mine() {
        long member = ownMember();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e FROM EventEntity e, AttendanceEntity a "
                        + "WHERE a.eventId = e.id AND a.memberId = :m ORDER BY e.startsAt DESC", EventEntity.class)
                .setParameter("m", member).setMaxResults(50).getResultList().stream().map(e -> mine(em, e, member)).toList());
    }

    public MyEvent signUp(String code) {
        long member = ownMember();
        return jpa.txExpr(TransactionType.Required, em -> {
            EventEntity e = event(em, code);
            Events.lock(em, e);
            LocalDateTime now = LocalDateTime.now();
            if (!EventPhase.signUpOpen(e.startsAt, now)) {
                throw PosText.TEXT.conflict(now.isBefore(e.endsAt) ? "event.signUpClosed" : "event.ended", e.title);
            }
            AttendanceEntity a = own(em, e.id, member);
            if (a != null) {
                throw PosText.TEXT.conflict("event.signedUp", e.title);
            }
            requirePlace(em, e);
            a = new AttendanceEntity();
            a.eventId = e.id;
            a.memberId = member;
            a.signedUpAt = UtcTimes.now();
            a.account = scope.actor();
            em.persist(a);
            em.flush();
            audit.record("CREATE", TYPE, a.id, e.title + ": sign-up", List.of(new FieldChange("signedUp", null, "member " + member)));
            return mine(em, e, member);
        });
    }

    public MyEvent signIn(String code) {
        long member = ownMember();
        return jpa.txExpr(TransactionType.Required, em -> {
            EventEntity e = event(em, code);
            Events.lock(em, e);
            EventPhase phase = EventPhase.at(e.startsAt, e.endsAt, LocalDateTime.now());
            if (phase == EventPhase.ENDED) {
                throw PosText.TEXT.conflict("event.ended", e.title);
            }
            if (phase == EventPhase.SIGN_UP) {
                throw PosText.TEXT.conflict("event.signInLater", e.title, e.startsAt.minusMinutes(EventPhase.SIGN_IN_BEFORE_MINUTES)
                        .toLocalTime());
            }
            AttendanceEntity a = own(em, e.id, member);
            if (a != null && a.signedInAt != null) {
                throw PosText.TEXT.conflict("event.signedIn", e.title, UtcTimes.instant(a.signedInAt));
            }
            if (a == null) {
                requirePlace(em, e);
                a = new AttendanceEntity();
                a.eventId = e.id;
                a.memberId = member;
                a.account = scope.actor();
                em.persist(a);
            }
            a.signedInAt = UtcTimes.now();
            em.flush();
            audit.record("UPDATE", TYPE, a.id, e.title + ": sign-in", List.of(new FieldChange("signedIn", null, "member " + member)));
            return mine(em, e, member);
        });
    }

    /** Records a past attendance as the demo data has it (times in UTC, either may be null), in the caller's transaction. */
    void record(EntityManager em, long eventId, long memberId, LocalDateTime signedUpAtUtc, LocalDateTime signedInAtUtc) {
        AttendanceEntity a = new AttendanceEntity();
        a.eventId = eventId;
        a.memberId = memberId;
        a.signedUpAt = signedUpAtUtc;
        a.signedInAt = signedInAtUtc;
        em.persist(a);
    }

    /** Signed up, signed in and places taken per event: [signedUp, signedIn, taken]. */
    Map<Long, long[]> counts(EntityManager em, List<Long> eventIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("SELECT a.eventId, COUNT(a.signedUpAt), COUNT(a.signedInAt), COUNT(a) FROM AttendanceEntity a "
                + "WHERE a.eventId IN :ids GROUP BY a.eventId", Object[].class).setParameter("ids", eventIds).getResultList()) {
            counts.put((Long) row[0], new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue() });
        }
        return counts;
    }

    List<Attendee> list(EntityManager em, long eventId) {
        return em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.eventId = :e ORDER BY a.signedUpAt, a.signedInAt, a.id",
                        AttendanceEntity.class).setParameter("e", eventId).getResultList().stream()
                .map(a -> new Attendee(a.memberId, members.reference(a.memberId).map(MemberReference::name).orElse(null),
                        UtcTimes.instant(a.signedUpAt), UtcTimes.instant(a.signedInAt))).toList();
    }

    private void requirePlace(EntityManager em, EventEntity e) {
        long taken = em.createQuery("SELECT COUNT(a) FROM AttendanceEntity a WHERE a.eventId = :e", Long.class)
                .setParameter("e", e.id).getSingleResult();
        if (taken >= e.capacity) {
            throw PosText.TEXT.conflict("event.full", e.title, e.capacity);
        }
    }

    private MyEvent mine(EntityManager em, EventEntity e, long member) {
        PositionEntity p = em.find(PositionEntity.class, e.positionId);
        AttendanceEntity a = own(em, e.id, member);
        long taken = em.createQuery("SELECT COUNT(a) FROM AttendanceEntity a WHERE a.eventId = :e", Long.class)
                .setParameter("e", e.id).getSingleResult();
        return new MyEvent(e.code, e.title, e.serviceType, p.name, p.address, e.startsAt, e.endsAt,
                EventPhase.at(e.startsAt, e.endsAt, LocalDateTime.now()), Math.max(0, e.capacity - taken),
                a == null ? null : UtcTimes.instant(a.signedUpAt), a == null ? null : UtcTimes.instant(a.signedInAt));
    }

    private static AttendanceEntity own(EntityManager em, long eventId, long member) {
        return em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.eventId = :e AND a.memberId = :m", AttendanceEntity.class)
                .setParameter("e", eventId).setParameter("m", member).getResultList().stream().findFirst().orElse(null);
    }

    /** The event of a code (trimmed, any case); 404 naming the code when no event has it. */
    private EventEntity event(EntityManager em, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        EventEntity e = c.isEmpty() || c.length() > 12 ? null : em.createQuery("SELECT e FROM EventEntity e WHERE e.code = :c",
                EventEntity.class).setParameter("c", c).getResultList().stream().findFirst().orElse(null);
        if (e == null) {
            throw PosText.TEXT.notFound(Events.TYPE, c);
        }
        scope.requireEnabled(e.organizationId);
        return e;
    }

    private long ownMember() {
        Caller caller = scope.caller();
        if (caller.memberId() == null) {
            throw PosText.TEXT.invalid("memberId", "event.noMember");
        }
        return caller.memberId();
    }
}
