package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Kind of Party organization a unit hosts, if any. */
public enum PartyOrgType implements Labelled {
    WORKING_COMMITTEE("党工委", "Working committee"), COMMITTEE("党委", "Party committee"), GENERAL_BRANCH("党总支", "General branch"), BRANCH("党支部", "Branch"),
    JOINT_BRANCH("联合党支部", "Joint branch"), NONE("无", "None");

    private final LocalizedText labels;

    PartyOrgType(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }

    /** The Chinese label (spreadsheets and the shell show it; kept on the enum for binary compatibility). */
    @Override
    public String label() { return labels.zhCN(); }

    /** Whether members can belong to and be transferred into a unit with this type. */
    public boolean isPartyOrganization() { return this != NONE; }

    public static PartyOrgType parse(String text) { return Labels.parse(PartyOrgType.class, text, PartyOrgType::label); }
}
