package org.grassroots.position.internal;

/** One acknowledged position: its id and the version the city system recorded. */
public record AckEntry(Long id, Long version) {
}
