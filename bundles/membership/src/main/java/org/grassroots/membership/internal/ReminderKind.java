package org.grassroots.membership.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What falls due for a secretary: a thought report, the end of a probation, a receipt outstanding, the end of a public notice, a member meeting the six-month rule. */
public enum ReminderKind implements Labelled {
    THOUGHT_REPORT("思想汇报到期", "Thought report due"),
    PROBATION_ENDING("预备期即将期满", "Probation ending"),
    RECEIPT_OUTSTANDING("介绍信回执未返回", "Receipt outstanding"),
    NOTICE_ENDING("公示期即将结束", "Public notice ending"),
    SIX_MONTH_RULE("连续六个月未参加组织生活或未交纳党费", "Six months without organizational life or dues");

    private final LocalizedText labels;

    ReminderKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
