package org.grassroots.affairs.internal.terms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 换届选举 as recorded: method, timing against the term it ends (and the approved request of an early or delayed
 * one), attendance, seats, every candidate with the votes, whether it is valid and the term it started.
 */
public record Election(long id, long organizationId, String organizationName, LocalDate heldOn, ElectionMethod method,
                       ElectionTiming timing, Long requestId, int entitled, int present, int seats, boolean valid,
                       Long termId, List<Candidate> candidates, String recordedBy, Instant recordedAt, long version) {
    /** A candidate, the votes received, and the post when elected. */
    public record Candidate(long memberId, String name, int votes, boolean elected, CommitteePost post) {
    }
}
