package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * Where study points come from: study hours (sessions, self-study, online courses), which count towards the yearly
 * requirement, and hours another module records (community's volunteer service, position's events signed in to, through core-api's
 * activity SPI), which earn points only.
 */
public enum CreditSource implements Labelled {
    SESSION("集中培训", "Training session", true), SELF_STUDY("自学", "Self-study", true),
    COURSE("网络课程", "Online course", true), VOLUNTEER("志愿服务", "Volunteer service", false),
    POSITION_EVENT("阵地活动", "Events at service positions", false);

    private final LocalizedText labels;
    private final boolean study;

    CreditSource(String zhCN, String en, boolean study) {
        labels = LocalizedText.of(zhCN, en);
        this.study = study;
    }

    /** Whether its hours are study hours (the yearly requirement); otherwise they earn points only. */
    public boolean study() {
        return study;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
