package org.grassroots.affairs.internal.terms;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A post on a Party organization's committee (支部委员会, 总支委员会, 党委); a branch without a committee has its secretary only. */
public enum CommitteePost implements Labelled {
    SECRETARY("书记", "Secretary"), DEPUTY_SECRETARY("副书记", "Deputy secretary"), ORGANIZATION("组织委员", "Organization member"),
    PROPAGANDA("宣传委员", "Propaganda member"), DISCIPLINE("纪检委员", "Discipline inspection member"), YOUTH("青年委员", "Youth member"),
    WOMEN("妇女委员", "Women's member"), MEMBER("委员", "Committee member");

    private final LocalizedText labels;

    CommitteePost(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
