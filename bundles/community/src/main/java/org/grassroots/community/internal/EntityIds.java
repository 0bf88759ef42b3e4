package org.grassroots.community.internal;

/**
 * Where the module's entities draw their ids: one table generator over COMMUNITY_SEQUENCE (declared on
 * {@link TeamPostEntity}). Entity fields are package-private (services touch entities; REST and shell see records),
 * times are UTC, units and members are core ids, never JPA relations; {@code orgPath} is the unit's materialized
 * path, kept current by core (Grassroots-Scoped-Tables), so lists filter by subtree in the query.
 */
final class EntityIds {
    static final String SEQUENCE = "COMMUNITY_SEQUENCE";
    static final String IDS = "community_ids";

    private EntityIds() {
    }
}
