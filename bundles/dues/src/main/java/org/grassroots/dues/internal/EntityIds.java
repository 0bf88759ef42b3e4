package org.grassroots.dues.internal;

/**
 * The module's tables (DUES_*). Units and members are core ids, never JPA relations; {@code orgPath} is the unit's
 * materialized path, kept current by core (bnd.bnd's Grassroots-Scoped-Tables), so every list filters by subtree
 * in the query. Times are UTC. Periods are {@code yyyymm} integers ({@link Periods}).
 */
final class EntityIds {
    static final String SEQUENCE = "DUES_SEQUENCE";
    static final String IDS = "dues_ids";

    private EntityIds() {
    }
}
