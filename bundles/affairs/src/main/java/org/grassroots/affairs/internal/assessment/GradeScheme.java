package org.grassroots.affairs.internal.assessment;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** How a round grades: five stars to one (星级) or four tiers (先进/较好/一般/后进). */
public enum GradeScheme implements Labelled {
    STARS("星级（五星至一星）", "Stars (five to one)"), TIERS("先进、较好、一般、后进", "Advanced, good, average, lagging");

    private final LocalizedText labels;

    GradeScheme(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
