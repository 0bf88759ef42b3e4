package org.grassroots.industrial.internal;

/** Filters of the request search; null fields do not filter. */
public record RequestQuery(String path, org.grassroots.industrial.RequestStatus status, String category,
                           Boolean overdue, Long gridId, Integer year, String text) {
}
