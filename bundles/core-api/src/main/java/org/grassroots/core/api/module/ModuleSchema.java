package org.grassroots.core.api.module;

/**
 * Registered by core for each bundle whose {@value ModuleHeaders#MIGRATIONS} header it acted on, once that
 * bundle's tables are at their newest version (property {@value #BUNDLE} = the bundle's symbolic name). Every
 * component of a module that uses its persistence unit references it, e.g.
 * {@code @Reference(target = "(grassroots.schema=org.grassroots.industrial)") ModuleSchema schema}, so nothing runs
 * against an old schema; it goes away when the bundle stops.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ModuleSchema {
    /** Service property naming the migrated bundle. */
    String BUNDLE = "grassroots.schema";

    /** The bundle's symbolic name. */
    String bundle();

    /** The table prefix of its migrations (history in {@code <prefix>_SCHEMA_HISTORY}). */
    String prefix();
}
