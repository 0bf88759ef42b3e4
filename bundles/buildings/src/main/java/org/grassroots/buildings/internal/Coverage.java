package org.grassroots.buildings.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** How the Party covers an enterprise in a building: its own organization, the building's joint branch, or not at all. */
public enum Coverage implements Labelled {
    OWN_ORGANIZATION("单独建立党组织", "Own Party organization"), JOINT_BRANCH("楼宇联合党支部覆盖", "Joint branch in the building"), NONE("未覆盖", "Not covered");

    private final LocalizedText labels;

    Coverage(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
