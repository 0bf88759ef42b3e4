package org.grassroots.core.api.annualstats;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The steps of the reporting workflow: the unit prepares and submits; the level above accepts or returns. */
public enum ReportAction implements Labelled {
    PREPARE("编制", "Prepare"), SUBMIT("上报", "Submit"), ACCEPT("接收", "Accept"), RETURN("退回", "Return");

    private final LocalizedText labels;

    ReportAction(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
