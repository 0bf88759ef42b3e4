package org.grassroots.community.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** "两委" posts of a community: the Party committee (党组织) and the residents' committee (居委会). */
public enum TeamPost implements Labelled {
    SECRETARY("党组织书记", "Party secretary"),
    DEPUTY_SECRETARY("党组织副书记", "Deputy secretary"),
    COMMITTEE_MEMBER("党组织委员", "Committee member"),
    DIRECTOR("居委会主任", "Residents' committee director"),
    RESIDENTS_MEMBER("居委会委员", "Residents' committee member");

    private final LocalizedText labels;

    TeamPost(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
