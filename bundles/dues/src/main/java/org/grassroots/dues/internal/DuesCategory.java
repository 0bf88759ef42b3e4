package org.grassroots.dues.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A member's dues category (党费类别): which bands apply to the member's base. */
public enum DuesCategory implements Labelled {
    /** Employed: a percentage of the after-tax salary by band. */
    EMPLOYED("在职党员", "Employed"),
    /** Retired: a percentage of the pension by band. */
    RETIRED("离退休党员", "Retired"),
    /** Students: a fixed small amount. */
    STUDENT("学生党员", "Student"),
    /** Farmers: a fixed small amount. */
    FARMER("农民党员", "Farmer"),
    /** Without income: the minimum. */
    NO_INCOME("无固定收入党员", "Without income"),
    /** On basic living allowances (低保): the minimum. */
    LIVING_ALLOWANCE("享受低保党员", "On living allowance");

    private final LocalizedText labels;

    DuesCategory(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** Whether the monthly amount is a percentage of a base (else a fixed amount). */
    public boolean byBase() {
        return this == EMPLOYED || this == RETIRED;
    }

    /** Accepts the name (any case) or the Chinese label; {@code null} when neither matches. */
    public static DuesCategory parse(String text) {
        if (text == null) {
            return null;
        }
        for (DuesCategory c : values()) {
            if (c.name().equalsIgnoreCase(text.trim()) || c.label().equals(text.trim())) {
                return c;
            }
        }
        return null;
    }
}
