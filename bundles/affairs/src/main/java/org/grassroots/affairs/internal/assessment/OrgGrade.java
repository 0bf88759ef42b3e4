package org.grassroots.affairs.internal.assessment;

import java.util.Arrays;
import java.util.List;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * 分类定等: the grade of an organization in a round's scheme, best first. {@code threshold} is the least share of the
 * criteria's full marks (percent) a self-assessment needs for the grade to be proposed; the level above decides.
 */
public enum OrgGrade implements Labelled {
    FIVE_STARS(GradeScheme.STARS, 90, "五星", "Five stars"), FOUR_STARS(GradeScheme.STARS, 80, "四星", "Four stars"),
    THREE_STARS(GradeScheme.STARS, 70, "三星", "Three stars"), TWO_STARS(GradeScheme.STARS, 60, "二星", "Two stars"),
    ONE_STAR(GradeScheme.STARS, 0, "一星", "One star"),
    ADVANCED(GradeScheme.TIERS, 90, "先进", "Advanced"), GOOD(GradeScheme.TIERS, 75, "较好", "Good"),
    AVERAGE(GradeScheme.TIERS, 60, "一般", "Average"), LAGGING(GradeScheme.TIERS, 0, "后进", "Lagging");

    private final GradeScheme scheme;
    private final int threshold;
    private final LocalizedText labels;

    OrgGrade(GradeScheme scheme, int threshold, String zhCN, String en) {
        this.scheme = scheme;
        this.threshold = threshold;
        labels = LocalizedText.of(zhCN, en);
    }

    public GradeScheme scheme() {
        return scheme;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The grades of a scheme, best first. */
    public static List<OrgGrade> of(GradeScheme scheme) {
        return Arrays.stream(values()).filter(g -> g.scheme == scheme).toList();
    }

    /** The grade a score proposes: the best whose threshold the share of full marks reaches. */
    public static OrgGrade proposed(GradeScheme scheme, int score, int fullMarks) {
        double percent = fullMarks <= 0 ? 0 : 100.0 * score / fullMarks;
        for (OrgGrade g : of(scheme)) {
            if (percent >= g.threshold) {
                return g;
            }
        }
        throw new IllegalStateException("a scheme's last grade has threshold 0");
    }
}
