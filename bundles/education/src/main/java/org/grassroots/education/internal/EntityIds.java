package org.grassroots.education.internal;

/**
 * Where the module's entities (the EDU_* tables) draw their ids: one table generator ({@link #IDS}, declared on
 * {@link SiteEntity}) in {@link #SEQUENCE}. Entity fields are package-private: only this package's services touch
 * entities; REST and shell see records. Times are UTC except a session's start and end, which are the local
 * wall-clock time people meet at. Units and members are core ids, never JPA relations; {@code orgPath} is the row's
 * unit path, kept current by core (bnd.bnd's Grassroots-Scoped-Tables), so lists filter by subtree in the query.
 */
final class EntityIds {
    static final String SEQUENCE = "EDU_SEQUENCE";
    static final String IDS = "edu_ids";

    private EntityIds() {
    }
}
