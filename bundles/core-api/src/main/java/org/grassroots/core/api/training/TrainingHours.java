package org.grassroots.core.api.training;

import java.math.BigDecimal;
import java.util.List;

/**
 * The study hours a trainee earned: the total (in half hours, one decimal) and the sessions that make it up, by day.
 * A trainee who attended nothing has the total zero and no sessions.
 */
public record TrainingHours(long fileId, BigDecimal total, List<TrainingSession> sessions) {
    public TrainingHours {
        sessions = List.copyOf(sessions);
    }
}
