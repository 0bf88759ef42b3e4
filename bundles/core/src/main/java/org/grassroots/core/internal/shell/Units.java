package org.grassroots.core.internal.shell;

import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;

/** Shell commands name units by code, the way operators know them. */
final class Units {
    private Units() {
    }

    static Organization byCode(OrganizationService organizations, String code) {
        return organizations.findByCode(code).orElseThrow(() -> CoreMessages.notFound("unit with code", code));
    }
}
