package org.grassroots.rolemodel.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A lifecycle step taken. */
public record Step(StageAction action, Stage fromStage, Stage toStage, LocalDate on, String actor, Instant at,
                   String note) {
}
