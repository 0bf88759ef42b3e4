package org.grassroots.core.api.security;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * Platform roles. Each account holds one or more, together with a scope unit: the organization subtree the
 * roles apply to ({@code null} = the whole platform).
 */
public enum Role implements Labelled {
    /** Modules, configuration and accounts; no access to member data beyond masked reads. */
    SYSTEM_ADMIN("系统管理员", "System administrator"),
    /** All data of the district. */
    DISTRICT_ADMIN("区级管理员", "District administrator"),
    /** A street's or park's subtree. */
    UNIT_ADMIN("街道/园区管理员", "Street/park administrator"),
    /** One organization (a branch secretary or party-affairs worker). */
    SECRETARY("支部书记/党务工作者", "Branch secretary / Party-affairs worker"),
    /** Their own member record. */
    MEMBER("党员", "Party member"),
    /** Read-only access to everything in scope plus the audit trail; personal data masked. */
    AUDITOR("审计员", "Auditor");

    private final LocalizedText labels;

    Role(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The Chinese name users see (kept on the enum for binary compatibility). */
    @Override
    public String label() {
        return labels.zhCN();
    }
}
