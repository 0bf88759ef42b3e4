package org.grassroots.industrial;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The steps of the request workflow; {@link #SUBMIT} only starts it, the others move it on. */
public enum RequestAction implements Labelled {
    SUBMIT("提交", "Submit"), ASSIGN("分派", "Assign"), START("开始办理", "Start"), RESOLVE("办结", "Resolve"), RATE("评价", "Rate"),
    REOPEN("重启", "Reopen");

    private final LocalizedText labels;

    RequestAction(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
