package org.grassroots.core.api;

/** 正常, 失联 (lost contact) or 流动 (floating; the member record then names a destination). */
public enum MemberStatus {
    NORMAL("正常"), LOST_CONTACT("失联"), FLOATING("流动");

    private final String label;

    MemberStatus(String label) { this.label = label; }

    public String label() { return label; }

    public static MemberStatus parse(String text) { return Labels.parse(MemberStatus.class, text, MemberStatus::label); }
}
