package org.grassroots.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.grassroots.core.api.Transfer;
import org.grassroots.core.api.TransferRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.internal.persistence.MemberEntity;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.persistence.TransferEntity;
import org.grassroots.core.internal.validation.Refusal;

/**
 * A member's transfer (组织关系转接) to another party organization: the rules and the writes, inside the member
 * service's transaction. Each transfer is kept as a row of its own, so the member's history of units stays readable
 * after later transfers.
 */
final class MemberTransfers {
    static final int MAX_REASON = 500;

    private MemberTransfers() {
    }

    /** The request's own fields (422 naming every refused one), before any transaction. */
    static void checked(TransferRequest request, LocalDate today) {
        List<Refusal> errors = new ArrayList<>();
        if (request.toOrganizationId() == null) {
            errors.add(MemberServiceImpl.refusal("toOrganizationId", "required"));
        }
        if (request.version() == null) {
            errors.add(MemberServiceImpl.refusal("version", "transfer.version.required"));
        }
        if (request.transferredOn() != null && request.transferredOn().isAfter(today)) {
            errors.add(MemberServiceImpl.refusal("transferredOn", "notInFuture"));
        }
        if (request.reason() != null && request.reason().length() > MAX_REASON) {
            errors.add(MemberServiceImpl.refusal("reason", "transfer.reason.tooLong", MAX_REASON));
        }
        Refusal.throwIfAny(errors);
    }

    /**
     * Records the transfer and places the member in the target unit, which must be a party organization the caller
     * may see, other than the member's own; a member who left the roll is not transferred.
     *
     * @return the unit the member came from
     */
    static long move(EntityManager em, MemberEntity member, TransferRequest request) {
        MemberLeavings.requireOnRoll(em, member);
        List<Refusal> targetErrors = new ArrayList<>();
        MemberServiceImpl.checkInScope(em, request.toOrganizationId(), "toOrganizationId", targetErrors);
        if (targetErrors.isEmpty()) {
            MemberServiceImpl.checkPartyOrganization(em, request.toOrganizationId(), "toOrganizationId", targetErrors);
        }
        Refusal.throwIfAny(targetErrors);
        long from = member.getOrganizationId();
        if (from == request.toOrganizationId()) {
            throw ValidationException.of("toOrganizationId", CoreMessages.message("transfer.sameUnit"));
        }
        em.persist(new TransferEntity(member.getId(), from, request.toOrganizationId(),
                request.transferredOn() == null ? LocalDate.now() : request.transferredOn(), request.reason(),
                Actors.current(), UtcTimes.nowInstant()));
        member.placeIn(em.find(OrganizationEntity.class, request.toOrganizationId()));
        return from;
    }

    /** The member's transfers in the order they were recorded. */
    static List<Transfer> of(EntityManager em, long memberId) {
        return em.createQuery("SELECT t FROM TransferEntity t WHERE t.memberId = :m ORDER BY t.recordedAt, t.id",
                TransferEntity.class).setParameter("m", memberId).getResultList().stream()
                .map(TransferEntity::toRecord).toList();
    }
}
