package org.grassroots.education.internal;

/** Filters of the session search; null fields do not filter. */
public record SessionQuery(String path, Long programId, SessionStatus status, Integer year) {
}
