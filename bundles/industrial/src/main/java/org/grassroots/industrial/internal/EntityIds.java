package org.grassroots.industrial.internal;

/**
 * Where the module's entities draw their ids: one table generator table for all IND_* tables, and one shared
 * generator ({@link #IDS}, declared on {@link TransitionEntity}) for the small tables. Entity fields are
 * package-private (only this package's services touch entities; REST and shell see records), times are UTC, units
 * and members are core ids, never JPA relations; {@code orgPath} is the referenced unit's materialized path, kept
 * current by core (declared in the bundle's Grassroots-Scoped-Tables header), so lists filter by subtree in the query.
 */
final class EntityIds {
    static final String SEQUENCE = "IND_SEQUENCE";
    static final String IDS = "ind_ids";

    private EntityIds() {
    }
}
