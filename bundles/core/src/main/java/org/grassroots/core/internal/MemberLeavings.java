package org.grassroots.core.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.LeaveRequest;
import org.grassroots.core.api.Leaving;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.internal.persistence.LeavingEntity;
import org.grassroots.core.internal.persistence.MemberEntity;

/**
 * Members leaving the roll and, after a suspension, coming back: the rules and the writes, inside the member
 * service's transactions. A member who left keeps the record and its history (transfers, leavings), read-only.
 */
final class MemberLeavings {
    static final int MAX_NOTE = 500;

    private MemberLeavings() {
    }

    /** The request's own fields (422 naming every refused one), before any transaction. */
    static String checked(LeaveRequest request, LocalDate today) {
        ValidationException.Builder errors = ValidationException.builder();
        if (request == null) {
            throw ValidationException.of("body", CoreMessages.message("required"));
        }
        errors.required("reason", request.reason());
        errors.date("leftOn", request.leftOn(), LocalDate.of(1921, 7, 1), today, true);
        String note = errors.note("note", request.note(), MAX_NOTE, false);
        errors.throwIfAny();
        return note;
    }

    /** Takes the member off the roll: one leaving row, status LEFT, audited. */
    static void leave(EntityManager em, MemberEntity member, LeaveRequest request, String note) {
        requireOnRoll(em, member);
        if (request.leftOn().isBefore(member.getJoinedOn())) {
            throw ValidationException.of("leftOn", CoreMessages.message("leave.beforeJoining", member.getJoinedOn()));
        }
        MemberStatus before = member.getStatus();
        em.persist(new LeavingEntity(member.getId(), request.reason(), request.leftOn(), note, before,
                Actors.current(), UtcTimes.nowInstant()));
        member.changeStatus(MemberStatus.LEFT);
        Audit.record(em, "LEAVE", MemberServiceImpl.TYPE, member.getId(), request.reason() + " " + request.leftOn(),
                List.of(new FieldChange("status", before.name(), MemberStatus.LEFT.name())));
    }

    /** Puts a suspended member back on the roll in the status they had before (恢复党籍). */
    static void restore(EntityManager em, MemberEntity member, LocalDate on, LocalDate today) {
        LeavingEntity last = last(em, member.getId());
        if (member.getStatus() != MemberStatus.LEFT || last == null || !last.getReason().restorable()) {
            throw new ConflictException(CoreMessages.message("member.notSuspended", member.getName()));
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.date("restoredOn", on, last.getLeftOn(), today, true);
        errors.throwIfAny();
        last.restoredOn(on);
        member.changeStatus(last.getStatusBefore());
        Audit.record(em, "RESTORE", MemberServiceImpl.TYPE, member.getId(), "restored " + on,
                List.of(new FieldChange("status", MemberStatus.LEFT.name(), last.getStatusBefore().name())));
    }

    /** 409 when the member left the roll: the record is history from then on. */
    static void requireOnRoll(EntityManager em, MemberEntity member) {
        if (member.getStatus() == MemberStatus.LEFT) {
            LeavingEntity last = last(em, member.getId());
            throw new ConflictException(CoreMessages.message("member.left", member.getName(),
                    last == null ? "" : last.getLeftOn(), last == null ? "" : last.getReason()));
        }
    }

    static List<Leaving> of(EntityManager em, long memberId) {
        return em.createQuery("SELECT l FROM LeavingEntity l WHERE l.memberId = :m ORDER BY l.id", LeavingEntity.class)
                .setParameter("m", memberId).getResultList().stream().map(LeavingEntity::toRecord).toList();
    }

    private static LeavingEntity last(EntityManager em, long memberId) {
        List<LeavingEntity> rows = em.createQuery(
                "SELECT l FROM LeavingEntity l WHERE l.memberId = :m ORDER BY l.id DESC", LeavingEntity.class)
                .setParameter("m", memberId).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
