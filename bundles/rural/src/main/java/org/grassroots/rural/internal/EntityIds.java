package org.grassroots.rural.internal;

/**
 * Where the module's entities draw their ids: one table generator table for all RUR_* tables. Entity classes sit
 * beside the services of their aggregate; their fields are package-private (only this package's services touch
 * entities; REST and shell see records), times are UTC, and villages, members and units are core ids, never JPA
 * relations.
 */
final class EntityIds {
    static final String SEQUENCE = "RUR_SEQUENCE";

    private EntityIds() {
    }
}
