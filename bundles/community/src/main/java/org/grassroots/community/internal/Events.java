package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * Community events (volunteer service, training, 先锋论坛): published with a sign-in code, members sign up and on the
 * day sign in on the phone with the code; closing the event turns the sign-ins of a volunteer event into confirmed
 * service hours. A code is never given to a second event and is refused once its event is closed or cancelled.
 */
@Component(service = Events.class)
public class Events {
    static final String TYPE = "community.event";
    static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
    private static final String CODE_DIGITS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final CommunityUnits units;
    private final Registrations registrations;
    private final Hours hours;
    private final Members members;
    private final AuditLog audit;

    @Activate
    public Events(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                  @Reference Registrations registrations, @Reference Hours hours, @Reference Members members,
                  @Reference AuditLog audit) {
        this.jpa = jpa;
        this.units = units;
        this.scope = units.scope();
        this.registrations = registrations;
        this.hours = hours;
        this.members = members;
        this.audit = audit;
    }

    public CommunityEvent create(EventDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{communityId, kind, title, heldOn}"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization community = units.community(draft.communityId(), "communityId", errors);
        errors.required("kind", draft.kind());
        String title = errors.line("title", draft.title(), 200, true);
        String place = errors.line("place", draft.place(), 200, false);
        LocalDate heldOn = errors.date("heldOn", draft.heldOn(), CommunityUnits.EARLIEST, LocalDate.now().plusYears(1), true);
        BigDecimal credited = errors.number("hours", draft.hours(), MIN_HOURS, Hours.MAX_PER_DAY, 1, draft.kind() == EventKind.VOLUNTEER);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            EventEntity e = store(em, community, draft.kind(), title, place, heldOn, credited, actor);
            audit.record("PUBLISH", TYPE, e.id, e.kind + " " + title, List.of());
            return toRecord(em, e, true, null);
        });
    }

    EventEntity store(EntityManager em, Organization community, EventKind kind, String title, String place, LocalDate heldOn,
                      BigDecimal credited, String actor) {
        EventEntity e = new EventEntity();
        e.communityId = community.id();
        e.orgPath = community.path();
        e.kind = kind;
        e.title = title;
        e.place = place;
        e.heldOn = heldOn;
        e.hours = credited == null ? null : credited.setScale(1, RoundingMode.UNNECESSARY);
        e.code = freshCode(em);
        e.status = EventStatus.PUBLISHED;
        e.createdAt = UtcTimes.now();
        e.createdBy = actor;
        em.persist(e);
        em.flush();
        return e;
    }

    /** Six characters without look-alikes (no 0/O, 1/I/L), never used by an earlier event (unique in the table too). */
    static String freshCode(EntityManager em) {
        while (true) {
            String code = code(RANDOM);
            if (em.createQuery("SELECT COUNT(e) FROM EventEntity e WHERE e.code = :c", Long.class).setParameter("c", code)
                    .getSingleResult() == 0) {
                return code;
            }
        }
    }

    static String code(java.util.Random random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_DIGITS.charAt(random.nextInt(CODE_DIGITS.length())));
        }
        return code.toString();
    }

    /** Closes the event: each sign-in of a volunteer event by a registered member becomes confirmed service hours. */
    public CommunityEvent close(long id, long version) {
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            EventEntity e = visible(em, id, version);
            e.status.requireMoveTo(EventStatus.CLOSED, id);
            e.status = EventStatus.CLOSED;
            e.closedAt = UtcTimes.now();
            e.closedBy = actor;
            int credited = 0;
            if (e.kind == EventKind.VOLUNTEER && e.hours != null) {
                for (AttendeeEntity a : attendees(em, id)) {
                    RegistrationEntity r = a.signedInAt == null ? null : Registrations.active(em, a.memberId);
                    if (r != null && a.hoursId == null) {
                        a.hoursId = hours.confirmedFromEvent(em, r, e, actor).id;
                        credited++;
                    }
                }
            }
            em.flush();
            audit.record("CLOSE", TYPE, id, e.title + ": " + credited, List.of());
            return toRecord(em, e, true, null);
        });
    }

    public CommunityEvent cancel(long id, long version, TermEnd end) {
        ValidationException.Builder errors = ValidationException.builder();
        String reason = errors.line("reason", end == null ? null : end.reason(), 1000, true);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            EventEntity e = visible(em, id, version);
            errors.throwIfAny();
            e.status.requireMoveTo(EventStatus.CANCELLED, id);
            e.status = EventStatus.CANCELLED;
            e.closedAt = UtcTimes.now();
            e.closedBy = actor;
            e.cancelReason = reason;
            em.flush();
            audit.record("CANCEL", TYPE, id, reason, List.of());
            return toRecord(em, e, true, null);
        });
    }

    /** A member signs up for a published event that has not taken place yet (again: nothing changes). */
    public CommunityEvent signUp(long id) {
        long member = registrations.ownMemberId();
        return jpa.txExpr(TransactionType.Required, em -> {
            EventEntity e = em.find(EventEntity.class, id);
            if (e == null || e.status == EventStatus.CANCELLED) {
                throw CommunityMessages.TEXT.notFound(TYPE, id);
            }
            if (e.status != EventStatus.PUBLISHED || e.heldOn.isBefore(LocalDate.now())) {
                throw CommunityMessages.TEXT.conflict("event.signUpClosed", e.title);
            }
            scope.requireEnabled(e.communityId);
            if (attendee(em, id, member) == null) {
                AttendeeEntity a = attendee(em, e, member);
                a.signedUpAt = UtcTimes.now();
                em.flush();
            }
            return toRecord(em, e, false, member);
        });
    }

    /**
     * A member signs in with the code on the event's day. Codes are unique for good, so a code of a closed or
     * cancelled event can never sign anyone in again. A volunteer event needs the member's active registration (its
     * hours are counted there).
     */
    public CommunityEvent signIn(SignIn signIn) {
        ValidationException.Builder errors = ValidationException.builder();
        String code = errors.line("code", signIn == null ? null : signIn.code(), 20, true);
        errors.throwIfAny();
        String normalized = code.toUpperCase(Locale.ROOT).replace(" ", "");
        long member = registrations.ownMemberId();
        return jpa.txExpr(TransactionType.Required, em -> {
            EventEntity e = em.createQuery("SELECT e FROM EventEntity e WHERE e.code = :c", EventEntity.class)
                    .setParameter("c", normalized).getResultList().stream().findFirst().orElse(null);
            if (e == null) {
                throw CommunityMessages.TEXT.invalid("code", "event.unknownCode");
            }
            if (e.status != EventStatus.PUBLISHED) {
                throw CommunityMessages.TEXT.conflict("event.codeExpired", e.title);
            }
            if (!e.heldOn.equals(LocalDate.now())) {
                throw CommunityMessages.TEXT.conflict("event.notToday", e.title, e.heldOn);
            }
            scope.requireEnabled(e.communityId);
            if (e.kind == EventKind.VOLUNTEER && Registrations.active(em, member) == null) {
                throw CommunityMessages.TEXT.invalid("code", "hours.notRegistered");
            }
            AttendeeEntity a = attendee(em, e.id, member);
            if (a == null) {
                a = attendee(em, e, member);
            } else if (a.signedInAt != null) {
                throw CommunityMessages.TEXT.conflict("event.signedIn", e.title);
            }
            a.signedInAt = UtcTimes.now();
            em.flush();
            audit.record("SIGN_IN", TYPE, e.id, String.valueOf(member), List.of());
            return toRecord(em, e, false, member);
        });
    }

    private AttendeeEntity attendee(EntityManager em, EventEntity e, long member) {
        AttendeeEntity a = new AttendeeEntity();
        a.eventId = e.id;
        a.orgPath = e.orgPath;
        a.memberId = member;
        em.persist(a);
        return a;
    }

    static AttendeeEntity attendee(EntityManager em, long eventId, long member) {
        return em.createQuery("SELECT a FROM AttendeeEntity a WHERE a.eventId = :e AND a.memberId = :m", AttendeeEntity.class)
                .setParameter("e", eventId).setParameter("m", member).getResultList().stream().findFirst().orElse(null);
    }

    static List<AttendeeEntity> attendees(EntityManager em, long eventId) {
        return em.createQuery("SELECT a FROM AttendeeEntity a WHERE a.eventId = :e ORDER BY a.id", AttendeeEntity.class)
                .setParameter("e", eventId).getResultList();
    }

    public CommunityEvent get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id, null), true, null));
    }

    public List<Attendee> attendeesOf(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            EventEntity e = visible(em, id, null);
            List<Attendee> list = new ArrayList<>();
            for (AttendeeEntity a : attendees(em, id)) {
                HoursEntity h = a.hoursId == null ? null : em.find(HoursEntity.class, a.hoursId);
                list.add(new Attendee(a.id, e.id, a.memberId, members.name(a.memberId), UtcTimes.instant(a.signedUpAt),
                        UtcTimes.instant(a.signedInAt), a.hoursId, h == null ? null : h.hours));
            }
            return list;
        });
    }

    /** Events of the communities under the unit, newest first. */
    public Page<CommunityEvent> search(Long unitId, Integer year, EventKind kind, EventStatus status, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " FROM EventEntity e WHERE e.orgPath LIKE :path" + (kind == null ? "" : " AND e.kind = :kind")
                + (status == null ? "" : " AND e.status = :status") + (year == null ? "" : " AND e.heldOn >= :from AND e.heldOn < :to");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<EventEntity> select = em.createQuery("SELECT e" + where + " ORDER BY e.heldOn DESC, e.id DESC", EventEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (kind != null) {
                    q.setParameter("kind", kind);
                }
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (year != null) {
                    q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
                }
            }
            List<CommunityEvent> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(e -> toRecord(em, e, true, null)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /**
     * What a member sees: the published events from today on in every community (people serve where they live, outside
     * their own organization's subtree) and the events they signed up for; never the codes.
     */
    public List<CommunityEvent> own() {
        long member = registrations.ownMemberId();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e FROM EventEntity e WHERE (e.status = :published "
                        + "AND e.heldOn >= :today) OR e.id IN (SELECT a.eventId FROM AttendeeEntity a WHERE a.memberId = :m) "
                        + "ORDER BY e.heldOn DESC, e.id DESC", EventEntity.class).setParameter("published", EventStatus.PUBLISHED)
                .setParameter("today", LocalDate.now()).setParameter("m", member).setMaxResults(200).getResultList()
                .stream().map(e -> toRecord(em, e, false, member)).toList());
    }

    private EventEntity visible(EntityManager em, long id, Long version) {
        EventEntity e = em.find(EventEntity.class, id);
        if (e == null) {
            throw CommunityMessages.TEXT.notFound(TYPE, id);
        }
        CommunityMessages.TEXT.requireVisible(scope, e.orgPath, TYPE, id);
        if (version != null) {
            scope.requireEnabled(e.communityId);
            if (e.version != version) {
                throw CommunityMessages.TEXT.stale(TYPE, id, version, e.version);
            }
        }
        return e;
    }

    private CommunityEvent toRecord(EntityManager em, EventEntity e, boolean withCode, Long member) {
        Object[] counts = em.createQuery("SELECT COUNT(a), COUNT(a.signedInAt) FROM AttendeeEntity a WHERE a.eventId = :e",
                Object[].class).setParameter("e", e.id).getSingleResult();
        AttendeeEntity mine = member == null ? null : attendee(em, e.id, member);
        return new CommunityEvent(e.id, e.communityId, scope.name(e.communityId), e.kind, e.title, e.place, e.heldOn, e.hours,
                withCode ? e.code : null, e.status, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                mine != null && mine.signedUpAt != null, mine != null && mine.signedInAt != null, UtcTimes.instant(e.createdAt),
                e.createdBy, UtcTimes.instant(e.closedAt), e.closedBy, e.cancelReason, e.version);
    }
}
