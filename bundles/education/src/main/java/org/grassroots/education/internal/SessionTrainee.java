package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A development candidate on a session's list: their file, name, unit and the hours the session credits them. */
public record SessionTrainee(long sessionId, long fileId, String name, long unitId, String unitName, BigDecimal hours,
                             Instant addedAt, String addedBy) {
}
