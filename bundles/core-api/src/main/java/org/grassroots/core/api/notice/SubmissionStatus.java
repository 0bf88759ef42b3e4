package org.grassroots.core.api.notice;

/** Where an addressed unit stands with a collection task. */
public enum SubmissionStatus {
    /** Nothing handed in yet. */
    PENDING,
    /** Handed in by the deadline. */
    SUBMITTED,
    /** Handed in after the deadline. */
    LATE
}
