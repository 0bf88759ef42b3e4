package org.grassroots.core.api.module;

import java.util.Set;

/**
 * A permission a module defines, e.g. {@code industrial.request.assign}. {@code grantedTo} names the
 * platform roles that hold it by default (role names as in the security API, e.g. {@code UNIT_ADMIN}).
 */
public record PermissionDefinition(String id, LocalizedText name, Set<String> grantedTo) {
    public PermissionDefinition {
        grantedTo = Set.copyOf(grantedTo);
    }
}
