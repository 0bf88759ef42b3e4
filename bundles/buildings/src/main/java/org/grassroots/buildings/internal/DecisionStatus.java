package org.grassroots.buildings.internal;

import java.util.List;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The follow-up of a building-committee decision: open → in progress → done (or open → done). */
public enum DecisionStatus implements Labelled {
    OPEN("待办", "Open"), IN_PROGRESS("推进中", "In progress"), DONE("已办结", "Done");

    private final LocalizedText labels;

    DecisionStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The steps allowed from this status (none once done: a finished decision is not reopened). */
    public List<DecisionAction> allowed() {
        return switch (this) {
            case OPEN -> List.of(DecisionAction.START, DecisionAction.COMPLETE);
            case IN_PROGRESS -> List.of(DecisionAction.COMPLETE);
            case DONE -> List.of();
        };
    }

    /** The status after {@code action}, or null when the step is not allowed from here. */
    public DecisionStatus after(DecisionAction action) {
        if (!allowed().contains(action)) {
            return null;
        }
        return action == DecisionAction.START ? IN_PROGRESS : DONE;
    }
}
