package org.grassroots.membership.internal;

import org.grassroots.core.api.LeaveReason;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A membership status event: how membership ends, suspension and restoration, lost and regained contact. */
public enum StatusKind implements Labelled {
    WITHDRAWAL("退党", "Withdrawal"),
    REMOVAL("除名", "Removal"),
    EXPULSION("开除党籍", "Expulsion"),
    LAPSE("自行脱党", "Lapse (left of own accord)"),
    DEATH("死亡", "Death"),
    SUSPENSION("停止党籍", "Membership suspended"),
    RESTORATION("恢复党籍", "Membership restored"),
    LOST_CONTACT("失去联系", "Lost contact"),
    CONTACT_RESTORED("恢复联系", "Contact regained");

    private final LocalizedText labels;

    StatusKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** How the event takes the member off core's roll (ended or suspended membership), or null. */
    public LeaveReason leaveReason() {
        return switch (this) {
            case WITHDRAWAL -> LeaveReason.WITHDRAWAL;
            case REMOVAL -> LeaveReason.REMOVAL;
            case EXPULSION -> LeaveReason.EXPULSION;
            case LAPSE -> LeaveReason.LAPSE;
            case DEATH -> LeaveReason.DEATH;
            case SUSPENSION -> LeaveReason.SUSPENSION;
            default -> null;
        };
    }

    /** Whether the event ends membership (the member's history is then read-only). */
    public boolean ends() {
        return this == WITHDRAWAL || this == REMOVAL || this == EXPULSION || this == LAPSE || this == DEATH;
    }
}
