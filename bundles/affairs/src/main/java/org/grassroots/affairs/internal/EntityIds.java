package org.grassroots.affairs.internal;

/**
 * The module's tables (AFF_*). Only this package's services touch entities; REST and shell see records. Times are
 * UTC. Units and members are core ids; {@code orgPath} is the unit's materialized path, kept current by core.
 */
final class EntityIds {
    static final String SEQUENCE = "AFF_SEQUENCE";
    static final String IDS = "aff_ids";
    /** The one id sequence of the module (the demo loader reserves ranges of it). */
    static final String SEQUENCE_NAME = "AFFAIRS";
    static final int ALLOCATION = 100;

    private EntityIds() {
    }
}
