package org.grassroots.position.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Room bookings (阵地功能室预约): a unit books a room of a position (one of the rooms the registry lists) for a day and a
 * slot; a slot that overlaps a booked slot of the same room is refused (409 naming the booking in the way). The check
 * runs under a lock on the position's row, so two bookings sent at once cannot both take the room. A booking is
 * cancelled once, with a reason; it stays on record and frees its slot.
 */
@Component(service = Bookings.class)
public class Bookings {
    static final String TYPE = "position.booking";
    /** How far ahead a room can be booked. */
    static final int DAYS_AHEAD = 366;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Positions positions;

    @Activate
    public Bookings(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                    @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Positions positions) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
        this.positions = positions;
    }

    public Booking book(BookingDraft draft) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{positionId, room, day, from, to, unitId, purpose}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("positionId", draft.positionId());
        String room = errors.line("room", draft.room(), 50, true);
        LocalDate today = LocalDate.now();
        LocalDate day = errors.date("day", draft.day(), today, today.plusDays(DAYS_AHEAD), true);
        Integer from = Slots.minute(errors, "from", draft.from());
        Integer to = Slots.minute(errors, "to", draft.to());
        if (from != null && to != null && to <= from) {
            errors.add("to", PosText.TEXT.message("booking.order"));
        }
        Organization unit = scope.referencedUnit(draft.unitId(), "unitId", errors);
        String purpose = errors.line("purpose", draft.purpose(), 200, true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            PositionEntity p = positions.visible(em, draft.positionId());
            scope.requireEnabled(p.organizationId);
            return toRecord(take(em, p, room, day, from, to, unit.id(), purpose, actor), p.name, unit.name());
        });
    }

    /**
     * Takes a room of a visible position for a slot of a day, in the caller's transaction (a booking of its own, or an
     * event's): 422 on {@code room} for a room the registry does not list, 409 naming the booking in the way.
     */
    BookingEntity take(EntityManager em, PositionEntity p, String room, LocalDate day, int from, int to, long unitId, String purpose,
                       String actor) {
        if (!Positions.rooms(p).contains(room)) {
            String rooms = String.join("、", Positions.rooms(p));
            throw PosText.TEXT.invalid("room", "booking.room", p.name, rooms.isEmpty() ? "—" : rooms);
        }
        // the position's row locked: a second booking of the same room waits here and then sees this one
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        BookingEntity clash = booked(em, p.id, day).stream()
                .filter(b -> b.room.equals(room) && Slots.overlap(from, to, b.startMinute, b.endMinute)).findFirst().orElse(null);
        if (clash != null) {
            throw PosText.TEXT.conflict("booking.overlap", room, day, Slots.text(clash.startMinute), Slots.text(clash.endMinute),
                    scope.name(clash.bookerId), clash.purpose);
        }
        BookingEntity b = new BookingEntity();
        b.positionId = p.id;
        b.organizationId = p.organizationId;
        b.orgPath = p.orgPath;
        b.room = room;
        b.day = day;
        b.startMinute = from;
        b.endMinute = to;
        b.bookerId = unitId;
        b.purpose = purpose;
        b.status = BookingStatus.BOOKED;
        b.createdAt = UtcTimes.now();
        b.createdBy = actor;
        em.persist(b);
        em.flush();
        audit.record("CREATE", TYPE, b.id, p.name + " " + room + " " + day + " " + Slots.text(from) + "-" + Slots.text(to),
                List.of(new FieldChange("status", null, b.status.name())));
        return b;
    }

    /** Cancels a booking (once: a second cancel is 409). */
    public Booking cancel(long id, long version, CancelDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        String reason = errors.note("reason", draft == null ? null : draft.reason(), 500, true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            BookingEntity b = em.find(BookingEntity.class, id);
            if (b == null) {
                throw PosText.TEXT.notFound(TYPE, id);
            }
            PosText.TEXT.requireVisible(scope, b.orgPath, TYPE, id);
            scope.requireEnabled(b.organizationId);
            if (b.version != version) {
                throw PosText.TEXT.stale(TYPE, id, version, b.version);
            }
            if (b.status == BookingStatus.CANCELLED) {
                throw PosText.TEXT.conflict("booking.cancelled", UtcTimes.instant(b.cancelledAt));
            }
            b.status = BookingStatus.CANCELLED;
            b.cancelReason = reason;
            b.cancelledAt = UtcTimes.now();
            b.cancelledBy = actor;
            em.flush();
            audit.record("UPDATE", TYPE, id, b.room + " " + b.day, List.of(new FieldChange("status", "BOOKED", "CANCELLED")));
            return toRecord(b, em.find(PositionEntity.class, b.positionId).name, scope.name(b.bookerId));
        });
    }

    /** The bookings of a position on a day (its calendar), booked and cancelled, by room and time. */
    public List<Booking> day(long positionId, LocalDate day) {
        if (day == null) {
            throw PosText.TEXT.invalid("day", "field.required");
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            PositionEntity p = positions.visible(em, positionId);
            return em.createQuery("SELECT b FROM BookingEntity b WHERE b.positionId = :p AND b.day = :d ORDER BY b.room, b.startMinute, b.id",
                            BookingEntity.class).setParameter("p", p.id).setParameter("d", day).getResultList().stream()
                    .map(b -> toRecord(b, p.name, scope.name(b.bookerId))).toList();
        });
    }

    private static List<BookingEntity> booked(EntityManager em, long positionId, LocalDate day) {
        return em.createQuery("SELECT b FROM BookingEntity b WHERE b.positionId = :p AND b.day = :d AND b.status = :s", BookingEntity.class)
                .setParameter("p", positionId).setParameter("d", day).setParameter("s", BookingStatus.BOOKED).getResultList();
    }

    static Booking toRecord(BookingEntity b, String positionName, String unitName) {
        return new Booking(b.id, b.positionId, positionName, b.room, b.day, Slots.text(b.startMinute), Slots.text(b.endMinute), b.bookerId,
                unitName, b.purpose, b.status, b.cancelReason, UtcTimes.instant(b.cancelledAt), b.cancelledBy,
                UtcTimes.instant(b.createdAt), b.createdBy, b.version);
    }
}
