package org.grassroots.position.internal;

import java.time.LocalDateTime;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * Where an event stands at a moment: sign-up open until it starts; sign-in open from {@link #SIGN_IN_BEFORE_MINUTES}
 * minutes before the start to its end; ended after (the code then opens nothing any more).
 */
public enum EventPhase implements Labelled {
    SIGN_UP("报名中", "Sign-up open"),
    SIGN_IN("签到中", "Sign-in open"),
    ENDED("已结束", "Ended");

    static final int SIGN_IN_BEFORE_MINUTES = 30;

    private final LocalizedText labels;

    EventPhase(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    /** The phase at {@code now}: ended from the end on; sign-in from 30 minutes before the start; sign-up before. */
    static EventPhase at(LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime now) {
        if (!now.isBefore(endsAt)) {
            return ENDED;
        }
        return now.isBefore(startsAt.minusMinutes(SIGN_IN_BEFORE_MINUTES)) ? SIGN_UP : SIGN_IN;
    }

    /** Sign-up is possible until the event starts (also in the half hour of sign-in before it). */
    static boolean signUpOpen(LocalDateTime startsAt, LocalDateTime now) {
        return now.isBefore(startsAt);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
