package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** When a decision was carried out (today when not given). */
public record DecisionCompletion(LocalDate doneOn) {
}
