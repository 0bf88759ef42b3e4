package org.grassroots.industrial.internal;

/** A grid (a core unit of type GRID under the park) with the module's counts. */
public record Grid(long id, String code, String name, long enterprises, long covered, long workers) {
}
