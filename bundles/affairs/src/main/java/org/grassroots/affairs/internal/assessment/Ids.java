package org.grassroots.affairs.internal.assessment;

/**
 * The module's one id sequence (AFF_SEQUENCE, row AFFAIRS), as the module's other entities use it: the same table
 * generator, so ids never collide across the module's tables or with the demo loaders' reserved blocks.
 */
final class Ids {
    static final String SEQUENCE = "AFF_SEQUENCE";
    static final String IDS = "aff_ids";
    static final String SEQUENCE_NAME = "AFFAIRS";
    static final int ALLOCATION = 100;

    private Ids() {
    }
}
