package org.grassroots.core.api.security;

import static org.grassroots.core.api.security.Role.AUDITOR;
import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
import static org.grassroots.core.api.security.Role.MEMBER;
import static org.grassroots.core.api.security.Role.SECRETARY;
import static org.grassroots.core.api.security.Role.SYSTEM_ADMIN;
import static org.grassroots.core.api.security.Role.UNIT_ADMIN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The permissions core defines, and which roles hold them. Modules declare theirs in their
 * {@link org.grassroots.core.api.module.PermissionDefinition}s; both are checked through {@link Authorization}.
 * Every check is also limited to the caller's scope subtree.
 */
public final class CorePermissions {
    public static final String ORGANIZATION_READ = "core.organization.read";
    public static final String ORGANIZATION_WRITE = "core.organization.write";
    public static final String MEMBER_READ = "core.member.read";
    public static final String MEMBER_WRITE = "core.member.write";
    public static final String IMPORT = "core.import";
    public static final String EXPORT = "core.export";
    public static final String AUDIT_READ = "core.audit.read";
    public static final String ACCOUNT_MANAGE = "auth.account.manage";
    /** Install, uninstall and upgrade modules. */
    public static final String MODULE_MANAGE = "core.module.manage";
    /** Switch a module on or off for a unit in the caller's scope. */
    public static final String MODULE_ENABLE = "core.module.enable";
    /** Read the dashboard figures of a subtree in the caller's scope. */
    public static final String STATISTICS_READ = "core.statistics.read";

    /** Permission → the roles holding it. MEMBER's member read is further limited to their own record. */
    public static final Map<String, Set<Role>> GRANTS = Map.ofEntries(
            Map.entry(ORGANIZATION_READ, EnumSet.of(SYSTEM_ADMIN, DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, MEMBER, AUDITOR)),
            Map.entry(ORGANIZATION_WRITE, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN)),
            Map.entry(MEMBER_READ, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, MEMBER, AUDITOR)),
            Map.entry(MEMBER_WRITE, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY)),
            Map.entry(IMPORT, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY)),
            Map.entry(EXPORT, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR)),
            Map.entry(AUDIT_READ, EnumSet.of(SYSTEM_ADMIN, DISTRICT_ADMIN, AUDITOR)),
            Map.entry(ACCOUNT_MANAGE, EnumSet.of(SYSTEM_ADMIN)),
            Map.entry(MODULE_MANAGE, EnumSet.of(SYSTEM_ADMIN)),
            Map.entry(MODULE_ENABLE, EnumSet.of(SYSTEM_ADMIN, DISTRICT_ADMIN, UNIT_ADMIN)),
            Map.entry(STATISTICS_READ, EnumSet.of(SYSTEM_ADMIN, DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR)));

    /** Roles that see ID and phone numbers in full, for records in their scope; everyone else sees them masked. */
    public static final Set<Role> SEE_PERSONAL_DATA = EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY);

    private CorePermissions() {
    }
}
