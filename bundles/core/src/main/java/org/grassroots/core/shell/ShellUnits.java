package org.grassroots.core.shell;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;

/**
 * The unit a module's command names by its code (the argument {@link UnitCodeCompleter} completes): found in the
 * caller's scope, or the command fails with a message naming the code.
 */
public final class ShellUnits {
    private ShellUnits() {
    }

    /** @throws IllegalArgumentException when there is no unit with that code (in the caller's scope) */
    public static Organization byCode(OrganizationService organizations, String code) {
        return organizations.findByCode(code).orElseThrow(() -> new IllegalArgumentException("no unit with code " + code));
    }
}
