package org.grassroots.core.api.module;

/**
 * Manifest headers core acts on when a module bundle starts (put them in the bundle's {@code bnd.bnd}).
 */
public final class ModuleHeaders {
    /**
     * {@code Grassroots-Migrations: db/industrial;prefix=IND}: core runs the bundle's Flyway scripts found in that
     * folder (history table {@code IND_SCHEMA_HISTORY}) before it registers the bundle's {@link ModuleSchema}.
     */
    public static final String MIGRATIONS = "Grassroots-Migrations";

    /**
     * {@code Grassroots-Scoped-Tables: IND_ACTIVITY;path=ORG_PATH;unit=UNIT_ID, ...}: tables holding a copy of their
     * unit's materialized path. Core records them once (kept after uninstall), rewrites their path column in the
     * transaction of every unit move, and at each start of the bundle re-derives paths from {@code unit} (optional)
     * where they differ from core's, so rows are never stale.
     */
    public static final String SCOPED_TABLES = "Grassroots-Scoped-Tables";

    private ModuleHeaders() {
    }
}
