package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A roster member's attendance at a held session. */
public enum AttendanceStatus implements Labelled {
    PRESENT("出席", "Present"), EXCUSED("请假", "Excused"), ABSENT("缺席", "Absent");

    private final LocalizedText labels;

    AttendanceStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
