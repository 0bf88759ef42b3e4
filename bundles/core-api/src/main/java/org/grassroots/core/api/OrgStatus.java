package org.grassroots.core.api;

public enum OrgStatus {
    ACTIVE("正常"), DISSOLVED("撤销");

    private final String label;

    OrgStatus(String label) { this.label = label; }

    public String label() { return label; }

    public static OrgStatus parse(String text) { return Labels.parse(OrgStatus.class, text, OrgStatus::label); }
}
