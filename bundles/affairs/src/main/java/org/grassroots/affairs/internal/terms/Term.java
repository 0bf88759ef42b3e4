package org.grassroots.affairs.internal.terms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A Party organization's term (任期): its days, its standing on the day asked ({@code status}), its committee with the
 * posts (or the secretary alone), and the election that started it (null for a term recorded as it stood).
 */
public record Term(long id, long organizationId, String organizationName, LocalDate startedOn, LocalDate endsOn,
                   LocalDate endedOn, int years, boolean committee, Long secretaryId, String secretaryName, TermStatus status,
                   Long electionId, List<Seat> members, String recordedBy, Instant recordedAt, long version) {
    /** A member of the committee and the post held. */
    public record Seat(long memberId, String name, CommitteePost post) {
    }
}
