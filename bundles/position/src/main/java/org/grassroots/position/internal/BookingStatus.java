package org.grassroots.position.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A room booking is booked until cancelled (once: a cancelled booking frees its slot and stays on record). */
public enum BookingStatus implements Labelled {
    BOOKED("已预约", "Booked"),
    CANCELLED("已取消", "Cancelled");

    private final LocalizedText labels;

    BookingStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
