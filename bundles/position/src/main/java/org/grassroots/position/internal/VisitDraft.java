package org.grassroots.position.internal;

/** The counts of a month (2024-05) and service type; a new entry replaces the month's counts of that type. */
public record VisitDraft(String period, ServiceType serviceType, Integer visits, Integer services) {
}
