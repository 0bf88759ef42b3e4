package org.grassroots.affairs.internal.assessment;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The steps of a secretary's report. */
public enum ReportAction implements Labelled {
    EDIT("修改述职报告", "Edit"), SUBMIT("提交述职", "Submit"), RATE("评议", "Rate"), RETURN("退回", "Return"), DECIDE("评定", "Decide");

    private final LocalizedText labels;

    ReportAction(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
