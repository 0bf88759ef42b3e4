package org.grassroots.buildings.internal;

/** The table the module's entities draw their ids from (one row per entity kind). */
final class EntityIds {
    static final String SEQUENCE = "BLD_SEQUENCE";

    private EntityIds() {
    }
}
