package org.grassroots.affairs.internal.assessment;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What a yearly assessment round covers: the secretaries' reports (述职评议) or the organizations' grading (分类定等). */
public enum RoundKind implements Labelled {
    REPORTS("书记抓党建述职评议", "Secretaries' reports"), GRADING("党组织分类定等", "Organization grading");

    private final LocalizedText labels;

    RoundKind(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
