package org.grassroots.core.api.security;

/**
 * Platform roles. Each account holds one or more, together with a scope unit: the organization subtree the
 * roles apply to ({@code null} = the whole platform).
 */
public enum Role {
    /** Modules, configuration and accounts; no access to member data beyond masked reads. */
    SYSTEM_ADMIN("系统管理员"),
    /** All data of the district. */
    DISTRICT_ADMIN("区级管理员"),
    /** A street's or park's subtree. */
    UNIT_ADMIN("街道/园区管理员"),
    /** One organization (a branch secretary or party-affairs worker). */
    SECRETARY("支部书记/党务工作者"),
    /** Their own member record. */
    MEMBER("党员"),
    /** Read-only access to everything in scope plus the audit trail; personal data masked. */
    AUDITOR("审计员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Chinese name users see. */
    public String label() {
        return label;
    }
}
