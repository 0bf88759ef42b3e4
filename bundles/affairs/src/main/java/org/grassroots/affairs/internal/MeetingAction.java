package org.grassroots.affairs.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

public enum MeetingAction implements Labelled {
    HOLD("记录召开", "Record as held"), SUBMIT("提交纪要", "Submit minutes"), APPROVE("审核通过", "Approve"),
    RETURN("退回", "Return"), ARCHIVE("归档", "Archive"), CANCEL("取消", "Cancel");

    private final LocalizedText labels;

    MeetingAction(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
