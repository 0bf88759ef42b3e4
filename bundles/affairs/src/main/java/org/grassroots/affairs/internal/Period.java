package org.grassroots.affairs.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** How often a meeting type is required; NONE: not required. */
public enum Period implements Labelled {
    MONTH("每月", "Monthly", 12), QUARTER("每季度", "Quarterly", 4), YEAR("每年", "Yearly", 1),
    NONE("不作要求", "Not required", 0);

    private final LocalizedText labels;
    private final int perYear;

    Period(String zhCN, String en, int perYear) {
        labels = LocalizedText.of(zhCN, en);
        this.perYear = perYear;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    int perYear() {
        return perYear;
    }

    /** The period (1-based) a month (1–12) falls in. */
    int of(int month) {
        return switch (this) {
            case MONTH -> month;
            case QUARTER -> (month - 1) / 3 + 1;
            case YEAR -> 1;
            case NONE -> 0;
        };
    }

    /** The last month of period {@code index}. */
    int lastMonth(int index) {
        return switch (this) {
            case MONTH -> index;
            case QUARTER -> index * 3;
            default -> 12;
        };
    }
}
