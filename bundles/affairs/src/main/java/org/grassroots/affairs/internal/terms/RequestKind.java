package org.grassroots.affairs.internal.terms;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** An election outside its window, which the level above must approve: early (提前) or delayed (延期). */
public enum RequestKind implements Labelled {
    EARLY("提前换届", "Early election"), DELAYED("延期换届", "Delayed election");

    private final LocalizedText labels;

    RequestKind(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
