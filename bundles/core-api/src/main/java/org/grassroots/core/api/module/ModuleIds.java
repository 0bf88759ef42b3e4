package org.grassroots.core.api.module;

import java.util.regex.Pattern;

/**
 * The rule every module id follows: 2 to 20 characters, a lowercase letter first, then lowercase letters or
 * digits ({@code industrial}, {@code rural}, {@code volunteer2}). The id is the feature name suffix
 * ({@code grassroots-<id>}), the REST prefix ({@code /api/<id>/}), the console path ({@code /ui/<id>/}), the
 * persistence unit ({@code grassroots-<id>}), a Java package segment and, upper-cased, a valid SQL identifier, so
 * no {@code -}, {@code _} or capitals. The archetype, the module registry and the enablement store check it.
 */
public final class ModuleIds {
    /** As a regular expression (whole id). */
    public static final String PATTERN = "[a-z][a-z0-9]{1,19}";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private ModuleIds() {
    }

    public static boolean isValid(String id) {
        return id != null && COMPILED.matcher(id).matches();
    }

    /** Why {@code id} is not a module id, in plain words; {@code null} when it is one. */
    public static String problem(String id) {
        return isValid(id) ? null : "'" + id + "' is not a module id: 2 to 20 characters, a lowercase letter first,"
                + " then lowercase letters or digits (e.g. volunteer)";
    }
}
