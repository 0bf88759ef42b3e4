package org.grassroots.affairs.internal.terms;

import java.time.LocalDate;
import java.util.List;

/**
 * An election to record: the day, the method, {@code entitled} (only for a congress: a general meeting's are the
 * organization's full members, counted by core), those present, the seats, every candidate with the votes, and the
 * posts of the elected (the secretary among them).
 */
public record ElectionDraft(Long organizationId, LocalDate heldOn, ElectionMethod method, Integer entitled, Integer present,
                            Integer seats, List<CandidateDraft> candidates, List<TermDraft.SeatDraft> posts) {
    /** A candidate and the votes received. */
    public record CandidateDraft(Long memberId, Integer votes) {
    }
}
