package org.grassroots.core.api.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One held session a trainee attended: its id and title in the module that runs it, the day, the hours it credits. */
public record TrainingSession(long sessionId, String title, LocalDate heldOn, BigDecimal hours) {
}
