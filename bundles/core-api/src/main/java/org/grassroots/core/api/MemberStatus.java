package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * 正常, 失联 (lost contact) or 流动 (floating; the member record then names a destination); or 已离册 (left the roll:
 * left the Party, died, membership suspended, or transferred out of the system), set only by
 * {@link MemberService#leave}, after which the record is history: read-only, and left out of lists and counts unless
 * asked for by this status.
 */
public enum MemberStatus implements Labelled {
    NORMAL("正常", "Normal"), LOST_CONTACT("失联", "Lost contact"), FLOATING("流动", "Floating"),
    /** @since 1.4 */
    LEFT("已离册", "Left the roll");

    private final LocalizedText labels;

    MemberStatus(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }

    /** The Chinese label (spreadsheets and the shell show it; kept on the enum for binary compatibility). */
    @Override
    public String label() { return labels.zhCN(); }

    public static MemberStatus parse(String text) { return Labels.parse(MemberStatus.class, text, MemberStatus::label); }
}
