package org.grassroots.position.internal;

import java.util.Map;

/**
 * Attendance of the events of a subtree and year: events held (ended), places offered, members signed up and signed
 * in, the share of sign-ups who came (percent, one decimal; null without sign-ups), and sign-ins by service type.
 */
public record EventFigures(long unitId, int year, long events, long held, long capacity, long signedUp, long signedIn,
                           long walkIns, Double turnout, Map<String, Long> signedInByType) {
}
