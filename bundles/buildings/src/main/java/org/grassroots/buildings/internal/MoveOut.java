package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** An enterprise moving out of its building on a day, for a reason. */
public record MoveOut(LocalDate movedOut, String reason) {
}
