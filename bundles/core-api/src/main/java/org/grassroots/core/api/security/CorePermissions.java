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
    /** Make and list online backups of the platform's database. @since 1.3 */
    public static final String BACKUP = "core.backup";
    /** Read the dashboard figures of a subtree in the caller's scope. */
    public static final String STATISTICS_READ = "core.statistics.read";
    /** Make and revoke the big screen's display tokens for units of one's subtree. @since 1.3 */
    public static final String DISPLAY_MANAGE = "core.display.manage";
    /** Read notices and collection tasks issued to or by units in the caller's scope. */
    public static final String NOTICE_READ = "core.notice.read";
    /** Issue notices (通知公告) to the units below a unit in the caller's scope. */
    public static final String NOTICE_ISSUE = "core.notice.issue";
    /** Sign for a notice on behalf of the caller's own unit (签收). */
    public static final String NOTICE_SIGN = "core.notice.sign";
    /** Issue collection tasks (信息报送) to the units below a unit in the caller's scope. */
    public static final String COLLECTION_ISSUE = "core.collection.issue";
    /** Hand in a file or form for a collection task on behalf of the caller's own unit. */
    public static final String COLLECTION_SUBMIT = "core.collection.submit";
    /** Save the text of a work-record section and freeze a year's work record, for a unit in the caller's scope. */
    public static final String WORK_RECORD_WRITE = "core.workrecord.write";

    /** Permission → the roles holding it. MEMBER's member read is further limited to their own record. */
    public static final Map<String, Set<Role>> GRANTS = Map.ofEntries(
            Map.entry(ORGANIZATION_READ, EnumSet.of(SYSTEM_ADMIN, DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, MEMBER, AUDITOR)),
            Map.entry(ORGANIZATION_WRITE, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN)),
            Map.entry(MEMBER_READ, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, MEMBER, AUDITOR)),
            Map.entry(MEMBER_WRITE, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY)),
            Map.entry(IMPORT, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY)),
            Map.entry(EXPORT, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR)),
            Map.entry(AUDIT_READ, EnumSet.of(SYSTEM_ADMIN, DISTRICT_ADMIN, AUDITOR)),
            Map.entry(ACCOUNT_MANAGE, EnumSet.of(SYSTEM_ADMIN, DISTRICT_ADMIN, UNIT_ADMIN)),
            Map.entry(MODULE_MANAGE, EnumSet.of(SYSTEM_ADMIN)),
            Map.entry(BACKUP, EnumSet.of(SYSTEM_ADMIN)),
            Map.entry(MODULE_ENABLE, EnumSet.of(SYSTEM_ADMIN, DISTRICT_ADMIN, UNIT_ADMIN)),
            Map.entry(DISPLAY_MANAGE, EnumSet.of(SYSTEM_ADMIN, DISTRICT_ADMIN, UNIT_ADMIN)),
            Map.entry(STATISTICS_READ, EnumSet.of(SYSTEM_ADMIN, DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR)),
            Map.entry(NOTICE_READ, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR)),
            Map.entry(NOTICE_ISSUE, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN)),
            Map.entry(NOTICE_SIGN, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY)),
            Map.entry(COLLECTION_ISSUE, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN)),
            Map.entry(COLLECTION_SUBMIT, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY)),
            Map.entry(WORK_RECORD_WRITE, EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN)));

    /** Roles that see ID and phone numbers in full, for records in their scope; everyone else sees them masked. */
    public static final Set<Role> SEE_PERSONAL_DATA = EnumSet.of(DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY);

    private CorePermissions() {
    }
}
