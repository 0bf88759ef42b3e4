package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A step of a nomination: submitted (again) by the nominating unit, approved or returned by a level, withdrawn. */
public enum NominationAction implements Labelled {
    SUBMIT("报送", "Submit"),
    APPROVE("同意", "Approve"),
    RETURN("退回", "Return"),
    WITHDRAW("撤回", "Withdraw");

    private final LocalizedText labels;

    NominationAction(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
