package org.grassroots.community.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The joint council a part-time member sits on: the street's 大工委 or the community's 大党委. */
public enum CouncilKind implements Labelled {
    STREET_WORKING_COMMITTEE("街道大工委", "Street joint working committee"),
    COMMUNITY_PARTY_COMMITTEE("社区大党委", "Community joint Party committee");

    private final LocalizedText labels;

    CouncilKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** A street holds a 大工委, a community a 大党委. */
    static CouncilKind of(org.grassroots.core.api.UnitType type) {
        return type == org.grassroots.core.api.UnitType.STREET ? STREET_WORKING_COMMITTEE
                : type == org.grassroots.core.api.UnitType.COMMUNITY ? COMMUNITY_PARTY_COMMITTEE : null;
    }
}
