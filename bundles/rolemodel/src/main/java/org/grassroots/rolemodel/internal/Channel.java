package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where a role model was publicized. */
public enum Channel implements Labelled {
    NEWSPAPER("报刊", "Newspaper"),
    TV("电视", "Television"),
    WEBSITE("网站", "Website"),
    WECHAT("微信公众号", "WeChat account"),
    VIDEO("短视频", "Short video"),
    REPORT_MEETING("事迹报告会", "Report meeting"),
    BULLETIN("宣传栏", "Bulletin board");

    private final LocalizedText labels;

    Channel(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
