package org.grassroots.rolemodel.internal;

/**
 * Where the module's entities draw their ids: one table generator row for all RM_* tables. Entity classes sit
 * beside the services of their aggregate; their fields are package-private (only this package's services touch
 * entities; REST and shell see records), times are UTC, and units and members are core ids, never JPA relations.
 */
final class EntityIds {
    static final String SEQUENCE = "RM_SEQUENCE";
    static final String GENERATOR = "rm_ids";

    private EntityIds() {
    }
}
