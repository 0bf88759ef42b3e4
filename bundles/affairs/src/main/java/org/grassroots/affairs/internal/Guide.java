package org.grassroots.affairs.internal;

import java.time.Instant;

/** The month's topic for 主题党日 or 党课 a unit pushes down to the organizations below it. */
public record Guide(long id, long unitId, String unitName, String month, MeetingType type, String title,
                    String description, String issuedBy, Instant issuedAt) {
}
