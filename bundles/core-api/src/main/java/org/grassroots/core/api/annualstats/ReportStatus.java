package org.grassroots.core.api.annualstats;

import java.util.List;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * Where a unit's annual report for a year stands. {@code NONE} (未编制) is a report never prepared; a returned report
 * is prepared again before it is submitted again; an accepted report is final.
 */
public enum ReportStatus implements Labelled {
    NONE("未编制", "Not prepared"), PREPARED("已编制", "Prepared"), SUBMITTED("已上报", "Submitted"),
    RETURNED("已退回", "Returned"), ACCEPTED("已接收", "Accepted");

    private final LocalizedText labels;

    ReportStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The steps allowed from this status (the server answers any other with 409 naming these). */
    public List<ReportAction> allowed() {
        return switch (this) {
            case NONE, RETURNED -> List.of(ReportAction.PREPARE);
            case PREPARED -> List.of(ReportAction.PREPARE, ReportAction.SUBMIT);
            case SUBMITTED -> List.of(ReportAction.ACCEPT, ReportAction.RETURN);
            case ACCEPTED -> List.of();
        };
    }

    /** The status after {@code action}, or {@code null} when the action is not allowed now. */
    public ReportStatus after(ReportAction action) {
        if (!allowed().contains(action)) {
            return null;
        }
        return switch (action) {
            case PREPARE -> PREPARED;
            case SUBMIT -> SUBMITTED;
            case ACCEPT -> ACCEPTED;
            case RETURN -> RETURNED;
        };
    }
}
