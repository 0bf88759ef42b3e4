package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * Why a member left the roll: the ways membership ends (退党, 除名, 开除党籍, 自行脱党, 死亡), a suspension (停止党籍,
 * which {@link MemberService#restore} can undo), or a transfer out of the system (转出, the member's organization is
 * then elsewhere).
 *
 * @since 1.4
 */
public enum LeaveReason implements Labelled {
    WITHDRAWAL("退党", "Withdrawal"),
    REMOVAL("除名", "Removal"),
    EXPULSION("开除党籍", "Expulsion"),
    LAPSE("自行脱党", "Lapse"),
    DEATH("死亡", "Death"),
    SUSPENSION("停止党籍", "Membership suspended"),
    TRANSFERRED_OUT("转出本系统", "Transferred out of the system");

    private final LocalizedText labels;

    LeaveReason(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }

    /** Whether the member can come back on the roll by {@link MemberService#restore} (only a suspension). */
    public boolean restorable() { return this == SUSPENSION; }
}
