package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.List;

import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.participation.ParticipationKind;

/**
 * A member who meets the six-month rule: since when, and which duties lapsed with the last day each was done (null:
 * never, in the records of the module that keeps them).
 */
public record SixMonthCase(long memberId, String memberName, long organizationId, String organizationName,
                           MemberStatus status, LocalDate since, List<Gap> gaps) {

    /** A duty not done for six months: its kind and the last day it was done (null: never). */
    public record Gap(ParticipationKind kind, LocalDate last) {
    }
}
