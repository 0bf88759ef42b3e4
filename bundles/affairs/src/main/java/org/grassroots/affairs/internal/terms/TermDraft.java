package org.grassroots.affairs.internal.terms;

import java.time.LocalDate;
import java.util.List;

/**
 * The current term of an organization as it stands (recorded once, when the platform takes over an organization that
 * was elected before): the day it started and its committee with the posts.
 */
public record TermDraft(Long organizationId, LocalDate startedOn, List<SeatDraft> committee) {
    /** A member and the post held (for an election: the elected and their division of work, 分工). */
    public record SeatDraft(Long memberId, CommitteePost post) {
    }
}
