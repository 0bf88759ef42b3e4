package org.grassroots.core.api;

/** Kind of Party organization a unit hosts, if any. */
public enum PartyOrgType {
    WORKING_COMMITTEE("党工委"), COMMITTEE("党委"), GENERAL_BRANCH("党总支"), BRANCH("党支部"),
    JOINT_BRANCH("联合党支部"), NONE("无");

    private final String label;

    PartyOrgType(String label) { this.label = label; }

    public String label() { return label; }

    /** Whether members can belong to and be transferred into a unit with this type. */
    public boolean isPartyOrganization() { return this != NONE; }

    public static PartyOrgType parse(String text) { return Labels.parse(PartyOrgType.class, text, PartyOrgType::label); }
}
