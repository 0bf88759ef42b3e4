package org.grassroots.position.internal;

/** What an import of monthly counts stored: rows read, visits and services in them. */
public record VisitImport(int rows, long visits, long services) {
}
