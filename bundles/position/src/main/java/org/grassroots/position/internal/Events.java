package org.grassroots.position.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
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
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Events held at positions (阵地活动) with a capacity and a code: the position's staff create them; members sign up with
 * the code until the event starts and sign in with it on the day (from half an hour before the start to the end; a
 * member who did not sign up may sign in while places are left). After the event its code opens nothing: codes are
 * unique for ever, so an old code never reaches another event. Places are counted under a lock on the event's row.
 */
@Component(service = Events.class)
public class Events {
    static final String TYPE = "position.event";
    static final int MAX_CAPACITY = 10_000;
    static final int MAX_DAYS = 7;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Positions positions;
    private final EventAttendance attendance;
    private final Bookings bookings;

    @Activate
    public Events(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                  @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Positions positions,
                  @Reference EventAttendance attendance, @Reference Bookings bookings) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
        this.positions = positions;
        this.attendance = attendance;
        this.bookings = bookings;
    }

    public Event create(EventDraft draft) {
        return create(draft, LocalDateTime.now());
    }

    /**
     * Publishes an event as of {@code now} (the demo data publishes its past year's events as of their day). With a room
     * the event books it for its slot, in the same transaction: a room taken at that time refuses the event (409).
     */
    Event create(EventDraft draft, LocalDateTime now) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{positionId, title, serviceType, startsAt, endsAt, capacity, room}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("positionId", draft.positionId());
        String title = errors.line("title", draft.title(), 200, true);
        errors.required("serviceType", draft.serviceType());
        String room = errors.line("room", draft.room(), 50, false);
        errors.required("startsAt", draft.startsAt());
        errors.required("endsAt", draft.endsAt());
        if (draft.startsAt() != null && draft.startsAt().isBefore(now.toLocalDate().atStartOfDay())) {
            errors.add("startsAt", PosText.TEXT.message("event.past"));
        } else if (draft.startsAt() != null && draft.startsAt().isAfter(now.plusYears(1))) {
            errors.add("startsAt", PosText.TEXT.message("event.far"));
        }
        if (draft.startsAt() != null && draft.endsAt() != null
                && (!draft.endsAt().isAfter(draft.startsAt()) || draft.endsAt().isAfter(draft.startsAt().plusDays(MAX_DAYS)))) {
            errors.add("endsAt", PosText.TEXT.message("event.end", MAX_DAYS));
        }
        Integer capacity = errors.whole("capacity", draft.capacity(), 1, MAX_CAPACITY, true);
        if (room != null && !room.isEmpty() && draft.startsAt() != null && draft.endsAt() != null
                && !bookable(draft.startsAt(), draft.endsAt())) {
            errors.add("room", PosText.TEXT.message("event.roomSlot"));
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            PositionEntity p = positions.visible(em, draft.positionId());
            scope.requireEnabled(p.organizationId);
            if (p.status == PositionStatus.CLOSED) {
                throw PosText.TEXT.conflict("event.closed", p.name);
            }
            EventEntity e = new EventEntity();
            e.positionId = p.id;
            e.organizationId = p.organizationId;
            e.orgPath = p.orgPath;
            e.title = title;
            e.serviceType = draft.serviceType();
            e.startsAt = draft.startsAt().withSecond(0).withNano(0);
            e.endsAt = draft.endsAt().withSecond(0).withNano(0);
            e.capacity = capacity;
            e.code = freshCode(em);
            e.createdAt = UtcTimes.now();
            e.createdBy = actor;
            if (room != null && !room.isEmpty()) {
                e.bookingId = bookings.take(em, p, room, e.startsAt.toLocalDate(), Slots.of(e.startsAt.toLocalTime()),
                        Slots.of(e.endsAt.toLocalTime()), p.organizationId, title, actor).id;
            }
            em.persist(e);
            em.flush();
            audit.record("CREATE", TYPE, e.id, p.name + ": " + title + " " + e.startsAt, List.of(new FieldChange("capacity", null,
                    String.valueOf(capacity))));
            return toRecord(e, p.name, new long[] { 0, 0, 0 }, room(em, e));
        });
    }

    /** An event can take a room when it lies within one day and the booking hours, on quarter hours. */
    static boolean bookable(LocalDateTime startsAt, LocalDateTime endsAt) {
        return startsAt.toLocalDate().equals(endsAt.toLocalDate()) && Slots.of(startsAt.toLocalTime()) != null
                && Slots.of(endsAt.toLocalTime()) != null;
    }

    /** The room the event holds: its booking's, while that booking stands. */
    private static String room(EntityManager em, EventEntity e) {
        BookingEntity b = e.bookingId == null ? null : em.find(BookingEntity.class, e.bookingId);
        return b == null || b.status != BookingStatus.BOOKED ? null : b.room;
    }

    public Event get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            EventEntity e = visible(em, id);
            return toRecord(e, em.find(PositionEntity.class, e.positionId).name, attendance.counts(em, List.of(e.id)).get(e.id),
                    room(em, e));
        });
    }

    /** The events of the unit's subtree (or of one position), from a day to a day, newest first by default. */
    public Page<Event> search(Long unitId, Long positionId, LocalDate from, LocalDate to, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        if (from != null && to != null && to.isBefore(from)) {
            throw PosText.TEXT.invalid("to", "event.range");
        }
        String where = " WHERE e.orgPath LIKE :path" + (positionId == null ? "" : " AND e.positionId = :position")
                + (from == null ? "" : " AND e.startsAt >= :from") + (to == null ? "" : " AND e.startsAt < :to");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<EventEntity> select = em.createQuery("SELECT e FROM EventEntity e" + where + Paging.orderBy(page.sort(),
                    Map.of("startsAt", "e.startsAt", "title", "e.title"), "e.startsAt DESC", "e.id"), EventEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM EventEntity e" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (positionId != null) {
                    q.setParameter("position", positionId);
                }
                if (from != null) {
                    q.setParameter("from", from.atStartOfDay());
                }
                if (to != null) {
                    q.setParameter("to", to.plusDays(1).atStartOfDay());
                }
            }
            List<EventEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            Map<Long, long[]> counts = attendance.counts(em, rows.stream().map(e -> e.id).toList());
            Map<Long, String> names = new HashMap<>();
            List<Event> items = rows.stream().map(e -> toRecord(e, names.computeIfAbsent(e.positionId,
                    k -> em.find(PositionEntity.class, k).name), counts.get(e.id), room(em, e))).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Who signed up and who came, by name. */
    public List<Attendee> attendees(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> attendance.list(em, visible(em, id).id));
    }

    /** The attendance figures of the unit's subtree in a year (events by their start). */
    public EventFigures figures(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> {
            LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
            LocalDateTime to = from.plusYears(1);
            String path = unit.path() + "%";
            Object[] events = em.createQuery("SELECT COUNT(e), SUM(e.capacity), SUM(CASE WHEN e.endsAt <= :now THEN 1 ELSE 0 END) "
                            + "FROM EventEntity e WHERE e.orgPath LIKE :p AND e.startsAt >= :from AND e.startsAt < :to", Object[].class)
                    .setParameter("now", LocalDateTime.now()).setParameter("p", path).setParameter("from", from).setParameter("to", to)
                    .getSingleResult();
            Object[] people = em.createQuery("SELECT COUNT(a.signedUpAt), COUNT(a.signedInAt), "
                            + "SUM(CASE WHEN a.signedUpAt IS NOT NULL AND a.signedInAt IS NOT NULL THEN 1 ELSE 0 END) "
                            + "FROM AttendanceEntity a, EventEntity e WHERE a.eventId = e.id AND e.orgPath LIKE :p "
                            + "AND e.startsAt >= :from AND e.startsAt < :to", Object[].class)
                    .setParameter("p", path).setParameter("from", from).setParameter("to", to).getSingleResult();
            Map<String, Long> byType = new LinkedHashMap<>();
            for (Object[] row : em.createQuery("SELECT e.serviceType, COUNT(a.signedInAt) FROM AttendanceEntity a, EventEntity e "
                            + "WHERE a.eventId = e.id AND e.orgPath LIKE :p AND e.startsAt >= :from AND e.startsAt < :to "
                            + "GROUP BY e.serviceType ORDER BY e.serviceType", Object[].class)
                    .setParameter("p", path).setParameter("from", from).setParameter("to", to).getResultList()) {
                byType.put(((ServiceType) row[0]).name(), ((Number) row[1]).longValue());
            }
            long signedUp = number(people[0]);
            long signedIn = number(people[1]);
            long came = number(people[2]);
            Double turnout = signedUp == 0 ? null : Math.round(came * 1000.0 / signedUp) / 10.0;
            return new EventFigures(unit.id(), year, number(events[0]), number(events[2]), number(events[1]), signedUp, signedIn,
                    signedIn - came, turnout, byType);
        });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    EventEntity visible(EntityManager em, long id) {
        EventEntity e = em.find(EventEntity.class, id);
        if (e == null) {
            throw PosText.TEXT.notFound(TYPE, id);
        }
        PosText.TEXT.requireVisible(scope, e.orgPath, TYPE, id);
        return e;
    }

    /** A code no event ever had (the column is unique too, so a race ends in a refused insert, never a shared code). */
    private static String freshCode(EntityManager em) {
        while (true) {
            StringBuilder code = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (em.createQuery("SELECT COUNT(e) FROM EventEntity e WHERE e.code = :c", Long.class)
                    .setParameter("c", code.toString()).getSingleResult() == 0) {
                return code.toString();
            }
        }
    }

    static Event toRecord(EventEntity e, String positionName, long[] counts, String room) {
        long[] c = counts == null ? new long[] { 0, 0, 0 } : counts;
        return new Event(e.id, e.positionId, positionName, e.title, e.serviceType, e.startsAt, e.endsAt, e.capacity, e.code,
                EventPhase.at(e.startsAt, e.endsAt, LocalDateTime.now()), c[0], c[1], Math.max(0, e.capacity - c[2]),
                room, room == null ? null : e.bookingId, UtcTimes.instant(e.createdAt), e.createdBy, e.version);
    }

    /** Locks the event's row for counting its places (sign-up and sign-in). */
    static void lock(EntityManager em, EventEntity e) {
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
    }
}
