package org.grassroots.membership.internal;

/** A transfer to request: WITHIN names the target unit, OUT and IN the organization elsewhere; IN names the receiving unit and the member's name. */
public record TransferDraft(TransferKind kind, Long memberId, String memberName, Long organizationId, Long targetId,
                            String externalOrg, String addressee, String reason, String duesPaidTo, Integer validDays) {
}
