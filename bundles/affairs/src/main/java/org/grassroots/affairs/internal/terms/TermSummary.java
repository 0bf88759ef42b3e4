package org.grassroots.affairs.internal.terms;

import java.time.LocalDate;

/**
 * The terms of a subtree on a day: Party organizations, those with a current term, those due for re-election within
 * {@code months}, those overdue, those with no term recorded, and the branches of 7 or more full members without a
 * committee.
 */
public record TermSummary(LocalDate on, int months, long organizations, long terms, long due, long overdue,
                          long withoutTerm, long withoutCommittee) {
}
